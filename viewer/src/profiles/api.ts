import type { MunicipalityList, MunicipalityProfile } from '@regiopol/geodata'
import type { FeatureCollection, Geometry } from 'geojson'
import { getJson } from '../api/http.ts'

/*
 * Reading the municipality profiles (tiles-api/README.md, "Municipality profiles") and
 * the few features the profile map draws. The browser revalidates with the ETag, so a
 * second visit costs a 304.
 */

export const fetchMunicipalityList = (signal?: AbortSignal) => getJson<MunicipalityList>('/municipalities', signal)

export const fetchProfile = (ags: string, signal?: AbortSignal) =>
  getJson<MunicipalityProfile>(`/municipalities/${encodeURIComponent(ags)}/profile`, signal)

export type MapFeatures = FeatureCollection<Geometry, Record<string, unknown>>

export interface ProfileMapData {
  municipality: { type: 'Feature'; geometry: Geometry; properties: Record<string, unknown> }
  stops: MapFeatures
  land: MapFeatures
  lines: MapFeatures
}

/** Degrees of latitude/longitude around the municipality that still show stops whose catchment reaches in. */
const MARGIN_DEG = { lon: 0.02, lat: 0.012 }

export async function fetchProfileMap(ags: string, signal?: AbortSignal): Promise<ProfileMapData> {
  const municipality = await getJson<ProfileMapData['municipality']>(`/collections/municipalities/items/${ags}`, signal)
  const [w, s, e, n] = bboxOf(municipality.geometry)
  const bbox = [w - MARGIN_DEG.lon, s - MARGIN_DEG.lat, e + MARGIN_DEG.lon, n + MARGIN_DEG.lat].map((v) => v.toFixed(5)).join(',')
  const [stops, land, lines] = await Promise.all([
    getJson<MapFeatures>(`/collections/rail_stops/items?bbox=${bbox}&limit=1000`, signal),
    getJson<MapFeatures>(`/collections/development_land/items?municipality_ags=${ags}&limit=1000`, signal),
    getJson<MapFeatures>(`/collections/rail_lines/items?bbox=${bbox}&limit=1000`, signal),
  ])
  return { municipality, stops, land, lines }
}

/** [west, south, east, north] of any GeoJSON geometry. */
export function bboxOf(g: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity]
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number]
      box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y)
    } else if (Array.isArray(c)) c.forEach(visit)
  }
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => { const b = bboxOf(x); visit([b[0], b[1]]); visit([b[2], b[3]]) })
  else visit(g.coordinates)
  return box
}
