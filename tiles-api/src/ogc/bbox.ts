import { InvalidParameter } from '../errors.ts'
import { crsOf, type Crs } from './crs.ts'

/** minx, miny, maxx, maxy in the bbox CRS's x/y (east/north) order. */
export type BBox = [number, number, number, number]

export interface BBoxQuery {
  /** One box, or two where a lon/lat box crosses the antimeridian. */
  boxes: BBox[]
  crs: Crs
}

/**
 * `bbox` with 4 or 6 numbers (the height of a 3D box is ignored: our data is 2D), in the
 * axis order of `bbox-crs` (CRS84: lon/lat; EPSG:4326: lat/lon). A lon/lat box whose west
 * edge lies east of its east edge crosses the antimeridian (OGC API - Features 1.0, 7.15.3).
 */
export function parseBBox(raw: string, crsUri?: string): BBoxQuery {
  const crs = crsOf('bbox-crs', crsUri)
  const parts = raw.split(',')
  if (parts.length !== 4 && parts.length !== 6) {
    throw new InvalidParameter('bbox', `„bbox“ braucht vier Zahlen (oder sechs mit Höhe), erhalten: ${parts.length} Werte.`)
  }
  const nums = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)))
  if (nums.some((n) => !Number.isFinite(n))) throw new InvalidParameter('bbox', `„bbox“ enthält keine gültige Zahl: „${raw}“.`)
  const corners = parts.length === 6 ? [nums[0]!, nums[1]!, nums[3]!, nums[4]!] : nums
  // In the request's axis order; swap to x/y where the CRS has north first.
  const [a1, b1, a2, b2] = corners as BBox
  const [minx, miny, maxx, maxy] = crs.northFirst ? [b1, a1, b2, a2] : [a1, b1, a2, b2]
  if (miny > maxy) throw new InvalidParameter('bbox', '„bbox“: die südliche Kante liegt nördlich der nördlichen.')
  if (!crs.geographic) {
    if (minx > maxx) throw new InvalidParameter('bbox', '„bbox“: die westliche Kante liegt östlich der östlichen.')
    return { boxes: [[minx, miny, maxx, maxy]], crs }
  }
  if (minx < -180 || maxx > 180 || minx > 180 || maxx < -180 || miny < -90 || maxy > 90) {
    const order = crs.northFirst ? 'Breite, Länge' : 'Länge, Breite'
    throw new InvalidParameter('bbox', `„bbox“ liegt außerhalb von −180…180 (Länge) bzw. −90…90 (Breite). Reihenfolge in ${crs.label}: ${order}.`)
  }
  if (minx > maxx) return { boxes: [[minx, miny, 180, maxy], [-180, miny, maxx, maxy]], crs }
  return { boxes: [[minx, miny, maxx, maxy]], crs }
}
