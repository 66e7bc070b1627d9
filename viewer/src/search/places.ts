import placesUrl from '@regiopol/geodata/data/places_geonames.geojson?url'
import { normalise, transliterate, type SearchEntry } from './search.ts'

/*
 * Places to search for that are no layer: GeoNames populated places (CC BY 4.0, see
 * geodata/SOURCES.md), loaded once when the search is first used. A hit flies there.
 */

export interface PlaceEntry extends SearchEntry {
  lngLat: [number, number]
}

interface PlaceFeature {
  properties: { name: string; geonames_id: number; municipality?: string; in_region?: boolean }
  geometry: { coordinates: [number, number] }
}

let loaded: Promise<PlaceEntry[]> | undefined

export function placeEntries(features: readonly PlaceFeature[]): PlaceEntry[] {
  return features.map((f) => {
    const { name, geonames_id, municipality, in_region } = f.properties
    const withContext = municipality && municipality !== name ? `${name} ${municipality}` : name
    return {
      layer: 'municipalities', id: `place-${geonames_id}`, name, key: normalise(name), alt: `${normalise(withContext)} ${transliterate(withContext)}`,
      inRegion: in_region !== false, lngLat: f.geometry.coordinates, ...(municipality && municipality !== name && { context: municipality }),
    }
  })
}

export function loadPlaces(): Promise<PlaceEntry[]> {
  loaded ??= fetch(placesUrl)
    .then((r) => r.json() as Promise<{ features: PlaceFeature[] }>)
    .then((fc) => placeEntries(fc.features))
    .catch(() => [])
  return loaded
}

export const isPlace = (e: SearchEntry): e is PlaceEntry => 'lngLat' in e
