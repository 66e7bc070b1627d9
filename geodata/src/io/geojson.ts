import type { Geometry } from 'geojson'
import { crsOfEpsg } from './crs.ts'
import { FileProblem, type Crs, type RawLayer } from './types.ts'

/*
 * GeoJSON (RFC 7946: WGS84 by definition): a bare geometry, a Feature or a
 * FeatureCollection. The pre-RFC "crs" member is honoured, since German GIS exports
 * often write EPSG:25832 that way.
 */

interface JsonFeature {
  type?: unknown
  id?: unknown
  geometry?: Geometry | null
  properties?: Record<string, unknown> | null
}

function declaredCrs(name: string): Crs {
  if (name === '' || /CRS84$/.test(name)) return crsOfEpsg(4326)
  const code = /(?:EPSG:+|EPSG\/\d+\/)(\d+)$/i.exec(name)?.[1]
  return code ? crsOfEpsg(Number(code)) : { kind: 'unsupported', label: name }
}

export function readGeoJson(text: string, name: string): RawLayer[] {
  let json: { type?: unknown; features?: unknown; geometry?: unknown; crs?: { properties?: { name?: string } } }
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new FileProblem('not-json', `Die Datei ist kein gültiges GeoJSON: ${err instanceof Error ? err.message : String(err)}.`)
  }
  if (!json || typeof json !== 'object') throw new FileProblem('not-json', 'Die Datei ist kein GeoJSON-Objekt.')
  let features: JsonFeature[]
  if (json.type === 'FeatureCollection') features = Array.isArray(json.features) ? (json.features as JsonFeature[]) : []
  else if (json.type === 'Feature') features = [json as JsonFeature]
  else if (typeof json.type === 'string') features = [{ geometry: json as Geometry, properties: {} }]
  else throw new FileProblem('not-json', 'Die Datei ist kein GeoJSON (es fehlt „type“: FeatureCollection, Feature oder eine Geometrie).')
  return [
    {
      name,
      crs: declaredCrs(json.crs?.properties?.name ?? ''),
      features: features.map((f) => ({ geometry: f.geometry ?? null, properties: { ...(f.properties ?? {}) } })),
    },
  ]
}
