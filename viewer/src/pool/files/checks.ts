import { kinks } from '@turf/turf'
import type { Geometry, Position } from 'geojson'
import { areaGeometrySchema, MAX_VERTICES, REGION, type PolygonGeometry } from '@regiopol/geodata'
import type { Problem } from './types.ts'

/*
 * What the browser can tell about one uploaded geometry (already in WGS84) before
 * it is sent: the same shape rules as the API's schema, a self-intersection with
 * its location, the region's bounding box and the vertex limit. The API checks
 * validity (ST_IsValid), the municipality boundary and overlaps again on saving.
 */

export interface CheckedGeometry {
  geometry: PolygonGeometry | null
  vertices: number
  problems: Problem[]
}

function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates]
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat()
    case 'MultiPolygon':
      return g.coordinates.flat(2)
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf)
  }
}

const round = (v: number) => Math.round(v * 1e6) / 1e6

/**
 * Checks one geometry; `geometry` is set only when it can be saved.
 *
 * @example checkGeometry({ type: 'LineString', coordinates: [[8.7, 51.7], [8.8, 51.7]] }).problems // [{ code: 'not-polygon', ... }]
 */
export function checkGeometry(g: Geometry | null): CheckedGeometry {
  if (!g) return { geometry: null, vertices: 0, problems: [{ code: 'no-geometry' }] }
  const positions = positionsOf(g)
  const vertices = positions.length
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return { geometry: null, vertices, problems: [{ code: 'not-polygon', params: { type: g.type } }] }
  }
  if (vertices > MAX_VERTICES) {
    return { geometry: null, vertices, problems: [{ code: 'too-many-vertices', params: { count: vertices, max: MAX_VERTICES } }] }
  }
  const problems: Problem[] = []
  const parsed = areaGeometrySchema.safeParse(g)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ code: 'invalid', params: { reason: issue.message } })
    return { geometry: null, vertices, problems }
  }
  const crossing = kinks(parsed.data).features[0]
  if (crossing) {
    const [lon, lat] = crossing.geometry.coordinates
    problems.push({ code: 'self-intersection', params: { lon: round(lon!), lat: round(lat!) } })
  }
  const [w, s, e, n] = REGION.bbox
  const outside = positions.filter(([lon, lat]) => lon! < w || lon! > e || lat! < s || lat! > n).length
  if (outside > 0) problems.push({ code: 'outside-region', params: { count: outside, total: vertices } })
  return { geometry: problems.length === 0 ? parsed.data : null, vertices, problems }
}

/** The name of a feature from the chosen attribute column, or null when empty. */
export function nameOf(properties: Record<string, unknown>, column: string | null): string | null {
  if (!column) return null
  const value = properties[column]
  if (value === null || value === undefined) return null
  const text = String(value).trim()
  return text === '' ? null : text
}

/** The column a name most likely is in (name, bezeichnung, ...), or the first text column. */
export function guessNameColumn(columns: string[], sample: Record<string, unknown>[]): string | null {
  const preferred = ['name', 'bezeichnung', 'bezeichn', 'titel', 'flaeche', 'flächenname', 'label']
  for (const p of preferred) {
    const hit = columns.find((c) => c.toLowerCase() === p)
    if (hit) return hit
  }
  return columns.find((c) => sample.some((props) => typeof props[c] === 'string' && props[c] !== '')) ?? null
}
