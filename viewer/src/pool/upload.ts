import { areaGeometrySchema, type PolygonGeometry } from '@regiopol/geodata'

/*
 * Reading an uploaded GeoJSON file into one area geometry, with every problem the
 * browser can already see (the server checks validity, region and overlap again).
 */

export interface ParsedArea {
  geometry: PolygonGeometry | null
  /** Properties of the file's feature (a name to prefill), if any. */
  name: string | null
  problems: string[]
}

/**
 * One Polygon or MultiPolygon from a GeoJSON text: a bare geometry, a Feature, or a
 * FeatureCollection with exactly one feature.
 *
 * @example parseAreaFile('{"type":"Polygon","coordinates":[[[8.7,51.7],[8.71,51.7],[8.71,51.71],[8.7,51.7]]]}').problems // []
 */
export function parseAreaFile(text: string): ParsedArea {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    return { geometry: null, name: null, problems: [`Kein gültiges JSON: ${err instanceof Error ? err.message : String(err)}`] }
  }
  const obj = json as { type?: unknown; features?: unknown[]; geometry?: unknown; properties?: Record<string, unknown> | null }
  let geometry: unknown = json
  let name: string | null = null
  if (obj?.type === 'FeatureCollection') {
    const features = Array.isArray(obj.features) ? obj.features : []
    if (features.length !== 1) return { geometry: null, name: null, problems: [`Die Datei enthält ${features.length} Objekte; bitte genau eine Fläche hochladen.`] }
    const f = features[0] as { geometry?: unknown; properties?: Record<string, unknown> | null }
    geometry = f.geometry
    name = typeof f.properties?.name === 'string' ? f.properties.name : null
  } else if (obj?.type === 'Feature') {
    geometry = obj.geometry
    name = typeof obj.properties?.name === 'string' ? obj.properties.name : null
  }
  const result = areaGeometrySchema.safeParse(geometry)
  if (!result.success) {
    return { geometry: null, name, problems: result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)) }
  }
  return { geometry: result.data, name, problems: [] }
}
