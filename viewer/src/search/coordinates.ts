import { fromUtm32 } from '@regiopol/analysis'

/*
 * Coordinates typed into the search: longitude/latitude in degrees (either order, the
 * region tells them apart: latitudes 47–55, longitudes 5–16 in Germany) or EPSG:25832
 * easting/northing in metres, as QGIS and the NRW geoportals show them. Decimal point
 * or comma; the two numbers separated by a comma, semicolon or spaces.
 *
 * @example
 * parseCoordinate('8.7577, 51.7186')        // { lngLat: [8.7577, 51.7186], crs: 'EPSG:4326' }
 * parseCoordinate('483350 5730230')         // { lngLat: [8.7589, 51.7127], crs: 'EPSG:25832' }
 */

export interface TypedCoordinate {
  lngLat: [number, number]
  crs: 'EPSG:4326' | 'EPSG:25832'
}

const NUMBER = String.raw`-?\d+(?:[.,]\d+)?`
/** "a, b" with a point as decimal mark, or "a b" / "a; b" with either mark. */
const PAIR = new RegExp(String.raw`^\s*(${NUMBER.replace('[.,]', '[.]')})\s*,\s*(${NUMBER.replace('[.,]', '[.]')})\s*$|^\s*(${NUMBER})\s*[;\s]\s*(${NUMBER})\s*$`)

const num = (s: string) => Number(s.replace(',', '.'))
const isLat = (v: number) => v >= 47 && v <= 55.5
const isLon = (v: number) => v >= 5 && v <= 16

export function parseCoordinate(text: string): TypedCoordinate | null {
  const m = PAIR.exec(text)
  if (!m) return null
  const a = num(m[1] ?? m[3]!)
  const b = num(m[2] ?? m[4]!)
  if (isLon(a) && isLat(b)) return { lngLat: [a, b], crs: 'EPSG:4326' }
  if (isLat(a) && isLon(b)) return { lngLat: [b, a], crs: 'EPSG:4326' }
  const [east, north] = a > b ? [b, a] : [a, b]
  if (east >= 250_000 && east <= 950_000 && north >= 5_200_000 && north <= 6_150_000) {
    const [lng, lat] = fromUtm32(east, north)
    return { lngLat: [lng, lat], crs: 'EPSG:25832' }
  }
  return null
}
