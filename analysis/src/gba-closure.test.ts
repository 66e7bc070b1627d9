import type { RoadGraph } from '@regiopol/geodata'
import type { Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import { closureImpact } from './closure-impact.ts'
import { activeMask, createFacilitySet } from './facilities.ts'
import { buildGrid } from './grid.ts'
import { modeGraph } from './network/mode-graph.ts'
import { networkClosureImpact } from './network/network-closure.ts'
import { computeNetworkReachability } from './network/network-reachability.ts'
import { disaggregatePopulation } from './population.ts'
import { computeReachability } from './reachability.ts'
import { facilityAt, laeaPoint, X0, Y0 } from './test-helpers.ts'
import { travelModel } from './travel-time.ts'

/*
 * A synthetic region where one hospital alone serves an isolated town: a strip 50 km
 * long and 1 km wide, 10,000 inhabitants in its first 10 km (hospital "West" at 2 km)
 * and a town of 6,000 in its last 6 km (hospital "Stadt" at 47 km). The two are
 * 37.5 km or more apart, beyond 30 car-minutes in either model, so closing "Stadt"
 * leaves exactly the 6,000 townspeople beyond 30 minutes, and "West" its 10,000.
 */
const ring: [number, number][] = [laeaPoint(0, 0), laeaPoint(50, 0), laeaPoint(50, 1), laeaPoint(0, 1), laeaPoint(0, 0)]
const outline: Polygon = { type: 'Polygon', coordinates: [ring] }
const grid = buildGrid(outline, [{ ags: '1', name: 'Streifen', geometry: outline }], 1000)
const inhabited = [...Array.from({ length: 10 }, (_, k) => k), ...Array.from({ length: 6 }, (_, k) => 44 + k)]
const cells = inhabited.map((k) => ({ x0: X0 + k * 1000, y0: Y0, size: 1000, population: 1000, municipalityAgs: '1', inRegion: true }))
const pop = disaggregatePopulation(grid, cells).pop
const hospitals = createFacilitySet([facilityAt('West', 2, 0.5), facilityAt('Stadt', 47, 0.5)])
const mask = activeMask(hospitals, [])

/** A road along the strip's middle, a node every 500 m, 50 km/h both ways. */
function stripRoad(): RoadGraph {
  const n = 101
  const lon = [], lat = []
  for (let i = 0; i < n; i++) { const [x, y] = laeaPoint(i * 0.5, 0.5); lon.push(x); lat.push(y) }
  const tails: number[] = [], heads: number[] = []
  for (let i = 0; i < n; i++) { if (i > 0) { tails.push(i); heads.push(i - 1) } if (i < n - 1) { tails.push(i); heads.push(i + 1) } }
  const firstOut = new Uint32Array(n + 1)
  for (const t of tails) firstOut[t + 1]!++
  for (let v = 0; v < n; v++) firstOut[v + 1]! += firstOut[v]!
  const car = new Float32Array(tails.length).fill(500 / (50 / 3.6))
  return {
    meta: { source: 'Streifen', sourceDate: null, importedAt: '', attribution: '', speedSource: '' },
    nodeCount: n, arcCount: tails.length,
    lonE6: Int32Array.from(lon, (x) => Math.round(x * 1e6)), latE6: Int32Array.from(lat, (y) => Math.round(y * 1e6)),
    firstOut, head: Uint32Array.from(heads), seconds: { car, bike: car, foot: car },
  }
}

const byId = (rows: { id: string; newlyBeyond: number; indispensable: boolean }[]) => Object.fromEntries(rows.map((r) => [r.id, [Math.round(r.newlyBeyond), r.indispensable]]))

describe('G-BA closure table on a region with an isolated town', () => {
  it('holds 16,000 inhabitants, all within 30 car-minutes of one of the two hospitals', () => {
    expect(pop.reduce((a, b) => a + b, 0)).toBeCloseTo(16_000, 6)
  })

  it('names the town hospital indispensable with 6,000 people newly beyond 30 minutes (straight line)', () => {
    const st = computeReachability(grid, hospitals, mask, travelModel('car'))
    expect(byId(closureImpact(st, pop, 30))).toEqual({ Stadt: [6000, true], West: [10000, true] })
  })

  it('gives the same answer along the road network', () => {
    const st = computeNetworkReachability(grid, hospitals, mask, modeGraph(stripRoad(), 'car'))
    expect(Math.max(...Array.from(st.minutes).filter((_, c) => pop[c]! > 0))).toBeLessThan(30)
    expect(byId(networkClosureImpact(st, pop, 30))).toEqual({ Stadt: [6000, true], West: [10000, true] })
  })
})
