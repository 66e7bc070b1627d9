import type { Geometry } from 'geojson'
import type { Crs, RawLayer } from './types.ts'

/*
 * GeoJSON (RFC 7946: WGS84 by definition): a bare geometry, a Feature or a
 * FeatureCollection with any number of features.
 */

interface JsonFeature {
  type?: unknown
  geometry?: Geometry | null
  properties?: Record<string, unknown> | null
}

export function readGeoJson(text: string, name: string): RawLayer[] {
  let json: { type?: unknown; features?: unknown; geometry?: unknown; crs?: { properties?: { name?: string } } }
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new Error(`Kein gültiges JSON: ${err instanceof Error ? err.message : String(err)}`)
  }
  let features: JsonFeature[]
  if (json?.type === 'FeatureCollection') features = Array.isArray(json.features) ? (json.features as JsonFeature[]) : []
  else if (json?.type === 'Feature') features = [json as JsonFeature]
  else features = [{ geometry: json as Geometry, properties: {} }]
  // The pre-RFC "crs" member: honoured for EPSG:25832, the usual export of German GIS.
  const declared = json?.crs?.properties?.name ?? ''
  const crs: Crs = /25832$/.test(declared)
    ? { kind: 'utm32', label: 'EPSG:25832' }
    : declared === '' || /(4326|CRS84)$/.test(declared)
      ? { kind: 'wgs84', label: 'EPSG:4326' }
      : { kind: 'unsupported', label: declared }
  return [{ name, crs, features: features.map((f) => ({ geometry: f.geometry ?? null, properties: f.properties ?? {} })) }]
}
