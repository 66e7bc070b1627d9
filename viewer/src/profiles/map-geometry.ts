import type { Geometry, Position } from 'geojson'
import { toUtm32 } from '@regiopol/analysis'

/**
 * The profile map is a plain SVG in EPSG:25832 metres (the CRS every figure is measured
 * in), so a 1,200 m catchment is an exact circle, and the map prints as sharp vectors.
 * SVG's y axis points down: northing is negated.
 *
 * @example
 * const view = viewOf(municipality.geometry, 300)       // viewBox with 300 m padding
 * pathOf(site.geometry)                                 // "M496088 -5735062L…Z"
 * pointOf([8.7417, 51.7134])                            // [x, -y] in metres
 */

export interface View {
  minX: number
  minY: number
  width: number
  height: number
}

export function pointOf([lon, lat]: Position): [number, number] {
  const [x, y] = toUtm32(lon!, lat!)
  return [Math.round(x), -Math.round(y)]
}

function ringPath(ring: Position[]): string {
  return ring.map((p, i) => `${i === 0 ? 'M' : 'L'}${pointOf(p).join(' ')}`).join('') + 'Z'
}

/** An SVG path of a (Multi)Polygon or (Multi)LineString; '' for anything else. */
export function pathOf(g: Geometry | null): string {
  if (!g) return ''
  switch (g.type) {
    case 'Polygon': return g.coordinates.map(ringPath).join('')
    case 'MultiPolygon': return g.coordinates.flatMap((poly) => poly.map(ringPath)).join('')
    case 'LineString': return g.coordinates.map((p, i) => `${i === 0 ? 'M' : 'L'}${pointOf(p).join(' ')}`).join('')
    case 'MultiLineString': return g.coordinates.map((l) => pathOf({ type: 'LineString', coordinates: l })).join('')
    default: return ''
  }
}

/** The projected bounding box of a geometry, padded by `padM` metres on every side. */
export function viewOf(g: Geometry, padM: number): View {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = pointOf(c as Position)
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y)
    } else if (Array.isArray(c)) c.forEach(visit)
  }
  if (g.type !== 'GeometryCollection') visit(g.coordinates)
  return { minX: minX - padM, minY: minY - padM, width: maxX - minX + 2 * padM, height: maxY - minY + 2 * padM }
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ m) of about a fifth of the view's width. */
export function scaleBarM(view: View): number {
  const target = view.width / 5
  const base = 10 ** Math.floor(Math.log10(target))
  return [5, 2, 1].map((f) => f * base).find((m) => m <= target) ?? base
}
