/**
 * Golden fixtures as Turf does them: every __fixtures__/in/<name>.geojson is run
 * through the analysis and compared with __fixtures__/out/<name>.geojson.
 * Regenerate after an intended change with REGEN=1 npx vitest run golden.
 *
 * The snapshots only catch change; __fixtures__/expected/<name>.json holds figures PostGIS
 * computed from the same inputs (expected.sql), which a regeneration cannot move, so an
 * error in the geometry shows even in freshly written snapshots.
 *
 * in/catchments-*.geojson: rail stops (Point) with a `radiusM` foreign member on the collection
 *   -> per-stop circles + the merged catchment.
 * in/isobands-*.geojson: facilities (Point) + one Polygon feature (the region)
 *   -> 10/20/30-minute car isochrone bands at 500 m cells.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { FeatureCollection, Geometry, Polygon } from 'geojson'
import { area } from '@turf/turf'
import { describe, expect, it } from 'vitest'
import { mergedCatchment, stopCatchments } from './catchments.ts'
import { activeMask, createFacilitySet } from './facilities.ts'
import { buildGrid } from './grid.ts'
import { facilitiesFromGeoJSON, stopsFromGeoJSON } from './inputs.ts'
import { isochroneBands } from './isobands.ts'
import { computeReachability } from './reachability.ts'
import { travelModel } from './travel-time.ts'

const dir = new URL('./__fixtures__/', import.meta.url)
const REGEN = process.env.REGEN === '1'

function run(name: string, input: FeatureCollection<Geometry | null> & { radiusM?: number }): FeatureCollection {
  if (name.startsWith('catchments')) {
    const stops = stopsFromGeoJSON(input)
    const radius = input.radiusM ?? 600
    return { type: 'FeatureCollection', features: [...stopCatchments(stops, radius, 32).features, mergedCatchment(stops, radius, 32)] }
  }
  const region = input.features.find((f) => f.geometry?.type === 'Polygon')!.geometry as Polygon
  const points = { ...input, features: input.features.filter((f) => f.geometry?.type === 'Point') }
  const set = createFacilitySet(facilitiesFromGeoJSON(points))
  const grid = buildGrid(region, [{ ags: '0', name: 'Test', geometry: region }], 500)
  const st = computeReachability(grid, set, activeMask(set, []), travelModel('car'))
  return isochroneBands(grid, st.minutes, [0, 10, 20, 30])
}

describe('golden fixtures', () => {
  for (const file of readdirSync(new URL('in/', dir)).filter((f) => f.endsWith('.geojson'))) {
    it(`reproduces ${file}`, () => {
      const input = JSON.parse(readFileSync(new URL(`in/${file}`, dir), 'utf8'))
      const output = JSON.parse(JSON.stringify(run(file, input)))
      const outFile = new URL(`out/${file}`, dir)
      if (REGEN) writeFileSync(outFile, JSON.stringify(output, null, 1) + '\n')
      expect(output).toEqual(JSON.parse(readFileSync(outFile, 'utf8')))
    })
  }
})

function fixture(kind: 'in' | 'expected', file: string) {
  return JSON.parse(readFileSync(new URL(`${kind}/${file}`, dir), 'utf8'))
}

describe('golden fixtures against PostGIS', () => {
  it('gives every 1,200 m stop circle and their union the area PostGIS computes', () => {
    const ref = fixture('expected', 'catchments-paderborn.json')
    const out = run('catchments-paderborn', fixture('in', 'catchments-paderborn.geojson'))
    const merged = out.features.at(-1)!
    for (const circle of out.features.slice(0, -1)) expect(area(circle) / ref.circleAreaM2).toBeCloseTo(1, 2)
    expect(area(merged) / ref.mergedAreaM2).toBeCloseTo(1, 2)
    expect(merged.properties!.clusters).toBe(ref.clusters)
  })

  it('gives each car band the area PostGIS computes, within half a 500 m cell along the region outline', () => {
    const ref = fixture('expected', 'isobands-paderborn.json')
    const out = run('isobands-paderborn', fixture('in', 'isobands-paderborn.geojson'))
    const tolerance = ref.regionPerimeterM * 250
    expect(out.features.map((f) => f.properties!.band)).toEqual(Object.keys(ref.bandAreaM2))
    for (const band of out.features) expect(Math.abs(area(band) - ref.bandAreaM2[band.properties!.band])).toBeLessThan(tolerance)
  })
})
