/**
 * Shared test inputs: the real data files and a tiny synthetic region built in
 * EPSG:3035 so that distances and shares have known answers.
 */
import { readFileSync } from 'node:fs'
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { FacilityInput, MunicipalityInput, PopulationCellInput } from './inputs.ts'
import { fromLaea } from './projection.ts'

export const DATA_DIR = new URL('../../geodata/data/', import.meta.url)

export function readData(name: string): FeatureCollection<Geometry | null> {
  return JSON.parse(readFileSync(new URL(name, DATA_DIR), 'utf8'))
}

export function readText(name: string): string {
  return readFileSync(new URL(name, DATA_DIR), 'utf8')
}

/** Strip region: 10 km × 1 km in EPSG:3035, from (X0, Y0); one municipality; 1,600 inhabitants per km cell. */
export const X0 = 4_300_000
export const Y0 = 3_200_000

export function laeaPoint(dxKm: number, dyKm: number): [number, number] {
  return fromLaea(X0 + dxKm * 1000, Y0 + dyKm * 1000)
}

export function stripRegion(): { outline: Polygon | MultiPolygon; municipalities: MunicipalityInput[]; cells: PopulationCellInput[] } {
  const ring: [number, number][] = []
  for (let k = 0; k <= 10; k++) ring.push(laeaPoint(k, 0))
  for (let k = 10; k >= 0; k--) ring.push(laeaPoint(k, 1))
  ring.push(ring[0]!)
  const outline: Polygon = { type: 'Polygon', coordinates: [ring] }
  return {
    outline,
    municipalities: [{ ags: '00000001', name: 'Streifen', geometry: outline }],
    cells: Array.from({ length: 10 }, (_, k) => ({
      x0: X0 + k * 1000, y0: Y0, size: 1000, population: 1600, municipalityAgs: '00000001', inRegion: true,
    })),
  }
}

export function facilityAt(id: string, dxKm: number, dyKm: number, type = 'krankenhaus'): FacilityInput {
  const [lon, lat] = laeaPoint(dxKm, dyKm)
  return { id, name: id, type, lon, lat, municipalityAgs: '00000001' }
}
