import { describe, expect, it } from 'vitest'
import { closureImpact } from './closure-impact.ts'
import { scenarioDeltas, formatDeltaDe } from './deltas.ts'
import { activeMask, createFacilitySet } from './facilities.ts'
import { buildGrid } from './grid.ts'
import { reachabilityIndicators } from './indicators.ts'
import { disaggregatePopulation } from './population.ts'
import { computeReachability } from './reachability.ts'
import { applyScenario, updateScenario } from './scenario.ts'
import { facilityAt, stripRegion, X0, Y0 } from './test-helpers.ts'
import { travelModel } from './travel-time.ts'

// 60 km/h without detour: one straight-line kilometre is one minute.
const KM_PER_MIN = travelModel('car', { speedKmh: 60, detourFactor: 1 })

function strip(facilities = [facilityAt('A', 1, 0.5), facilityAt('B', 9, 0.5)]) {
  const { outline, municipalities, cells } = stripRegion()
  const grid = buildGrid(outline, municipalities, 250)
  const { pop } = disaggregatePopulation(grid, cells)
  const set = createFacilitySet(facilities)
  const base = computeReachability(grid, set, activeMask(set, []), KM_PER_MIN)
  return { grid, pop, base }
}

const cellIndex = (grid: ReturnType<typeof strip>['grid'], xKm: number, yKm: number) =>
  grid.cellAt[Math.floor(((Y0 + yKm * 1000) - grid.originY) / 250) * grid.cols + Math.floor(((X0 + xKm * 1000) - grid.originX) / 250)]!

describe('grid reachability', () => {
  it('builds the 10 km × 1 km strip as 160 cells of 250 m', () => {
    expect(strip().grid.n).toBe(160)
  })

  it('gives a cell 2 km east of the only facility 2 minutes at 60 km/h (±0.1 %)', () => {
    const { grid, base } = strip([facilityAt('A', 1.125, 0.375)])
    const c = cellIndex(grid, 3.125, 0.375) // centre exactly 2,000 m east in EPSG:3035
    expect(base.minutes[c]).toBeGreaterThan(2 * 0.999)
    expect(base.minutes[c]).toBeLessThan(2 * 1.001)
    expect(base.minutes[cellIndex(grid, 1.125, 0.375)]).toBeLessThan(0.001)
  })

  it('converts the distance with detour and speed: 2 km by car at defaults is 3.12 minutes', () => {
    const { outline, municipalities } = stripRegion()
    const grid = buildGrid(outline, municipalities, 250)
    const set = createFacilitySet([facilityAt('A', 1.125, 0.375)])
    const st = computeReachability(grid, set, activeMask(set, []), travelModel('car'))
    expect(st.minutes[cellIndex(grid, 3.125, 0.375)]).toBeCloseTo((2 * 1.3 * 60) / 50, 2)
  })

  it('has 80 % of the strip within 3 minutes when facilities sit at km 1 and km 9', () => {
    const { grid, pop, base } = strip()
    const ind = reachabilityIndicators(base.minutes, grid, pop, [3])
    expect(ind.region.population).toBe(16000)
    expect(ind.region.withinShare[0]).toBeCloseTo(0.8, 10)
    expect(ind.region.beyondPop[0]).toBeCloseTo(3200, 6)
    expect(ind.municipalities[0]!.withinShare[0]).toBeCloseTo(0.8, 10)
  })

  it('pushes 6,400 inhabitants beyond 3 minutes when B closes (share −40 points)', () => {
    const { grid, pop, base } = strip()
    const closed = applyScenario(base, { off: ['B'], added: [] })
    const d = scenarioDeltas(base.minutes, closed.minutes, grid, pop, [3])
    expect(d.region.newlyBeyond[0]).toBeCloseTo(6400, 6)
    expect(d.region.newlyWithin[0]).toBe(0)
    expect(d.region.sharePp[0]).toBeCloseTo(-40, 6)
    expect(formatDeltaDe(d.region, 0, 3)).toEqual([
      '−40,0 % der Einwohner innerhalb von 3 Minuten',
      '6.400 Einwohner neu über 3 Minuten',
    ])
  })

  it('brings 3,200 inhabitants within 3 minutes with a hypothetical facility at km 5', () => {
    const { grid, pop, base } = strip()
    const added = applyScenario(base, { off: [], added: [facilityAt('H', 5, 0.5)] })
    const d = scenarioDeltas(base.minutes, added.minutes, grid, pop, [3])
    expect(d.region.newlyWithin[0]).toBeCloseTo(3200, 6)
    expect(d.region.sharePp[0]).toBeCloseTo(20, 6)
    expect(reachabilityIndicators(added.minutes, grid, pop, [3]).region.withinShare[0]).toBeCloseTo(1, 10)
  })

  it('ranks closure impact: each of A and B alone would push 6,400 people beyond 3 minutes', () => {
    const { pop, base } = strip()
    const ranked = closureImpact(base, pop, 3, 5000)
    expect(ranked.map((r) => [r.id, r.newlyBeyond, r.indispensable])).toEqual([['A', 6400, true], ['B', 6400, true]])
  })

  it('recomputes only the affected cells and matches a full run after toggles', () => {
    const facilities = [facilityAt('A', 1, 0.5), facilityAt('B', 9, 0.5), facilityAt('C', 5, 0.2), facilityAt('D', 6, 0.9)]
    const { grid, base } = strip(facilities)
    const s1 = applyScenario(base, { off: ['C'], added: [] })
    expect(s1.changedCells).toBeLessThan(grid.n)
    const set1 = createFacilitySet(facilities)
    const full1 = computeReachability(grid, set1, activeMask(set1, [], ['C']), KM_PER_MIN)
    expect([...s1.i2]).toEqual([...full1.i2]) // the kept second-nearest is fresh too (closure ranking needs it)
    const s2 = updateScenario(s1, { off: ['C'], added: [] }, { off: ['A'], added: [facilityAt('H', 3, 0.5)] })
    const set = createFacilitySet([...facilities, facilityAt('H', 3, 0.5)])
    const full = computeReachability(grid, set, activeMask(set, [], ['A']), KM_PER_MIN)
    expect([...s2.minutes].map((m) => m.toFixed(9))).toEqual([...full.minutes].map((m) => m.toFixed(9)))
  })
})
