import type { RoadGraph } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { modeGraph } from './mode-graph.ts'
import { nearestFacilityTimes, withFacility, withoutFacility, type Seed } from './nearest-facility.ts'
import { twoNearestFacilities } from './two-nearest.ts'

/**
 * A hand-made line with a one-way shortcut, times in seconds:
 *
 *   0 --10-- 1 --10-- 2 --10-- 3 --10-- 4
 *    \________ 15 (one-way 0 -> 3) ___/
 */
function lineGraph(): RoadGraph {
  const arcs: [number, number, number][] = [[0, 1, 10], [1, 0, 10], [1, 2, 10], [2, 1, 10], [2, 3, 10], [3, 2, 10], [3, 4, 10], [4, 3, 10], [0, 3, 15]]
  arcs.sort((a, b) => a[0] - b[0])
  const n = 5
  const firstOut = new Uint32Array(n + 1)
  for (const [u] of arcs) firstOut[u + 1]!++
  for (let v = 0; v < n; v++) firstOut[v + 1]! += firstOut[v]!
  const car = Float32Array.from(arcs, (a) => a[2])
  return {
    meta: { source: 'test', sourceDate: null, importedAt: '', attribution: '', speedSource: '' },
    nodeCount: n, arcCount: arcs.length,
    lonE6: Int32Array.from({ length: n }, (_, i) => 8_700_000 + i * 1000), latE6: new Int32Array(n).fill(51_700_000),
    firstOut, head: Uint32Array.from(arcs, (a) => a[1]),
    seconds: { car, bike: car, foot: new Float32Array(arcs.length).fill(Infinity) },
  }
}

const g = modeGraph(lineGraph(), 'car')
const at = (node: number, owner: number, seconds = 0): Seed => ({ node, seconds, owner })

describe('nearest facility along the network', () => {
  it('gives every node its time to the nearer of two facilities, one-way streets in driving direction', () => {
    const t = nearestFacilityTimes(g, [at(3, 0), at(4, 1, 2)])
    // node 0 drives the one-way shortcut to 3 (15 s); node 2 is 10 s from 3
    expect(Array.from(t.seconds)).toEqual([15, 20, 10, 0, 2])
    expect(Array.from(t.owner)).toEqual([0, 0, 0, 0, 1])
  })

  it('does not drive a one-way street against its direction', () => {
    const t = nearestFacilityTimes(g, [at(0, 0)])
    expect(Array.from(t.seconds)).toEqual([0, 10, 20, 30, 40]) // 3 -> 0 cannot use the shortcut
  })

  it('leaves nodes no facility reaches at Infinity with owner -1', () => {
    const t = nearestFacilityTimes(modeGraph(lineGraph(), 'foot'), [at(0, 0)])
    expect(Array.from(t.seconds)).toEqual([0, Infinity, Infinity, Infinity, Infinity])
    expect(t.owner[4]).toBe(-1)
  })

  it('closing a facility recomputes only the nodes it served and matches a full run', () => {
    const seeds = [at(1, 0), at(4, 1)]
    const both = nearestFacilityTimes(g, seeds)
    const closed = withoutFacility(g, both, 0, [seeds[1]!])
    expect(closed.changed).toBe(3) // nodes 0, 1, 2 were served by facility 0
    expect(Array.from(closed.seconds)).toEqual(Array.from(nearestFacilityTimes(g, [seeds[1]!]).seconds))
    expect(Array.from(closed.seconds)).toEqual([25, 30, 20, 10, 0])
  })

  it('opening a facility changes only the nodes it now serves and matches a full run', () => {
    const one = nearestFacilityTimes(g, [at(4, 1)])
    const opened = withFacility(g, one, at(1, 0))
    expect(opened.changed).toBe(3)
    expect(Array.from(opened.seconds)).toEqual(Array.from(nearestFacilityTimes(g, [at(4, 1), at(1, 0)]).seconds))
  })

  it('finds the second-nearest facility of every node', () => {
    const two = twoNearestFacilities(g, [at(1, 0), at(4, 1)])
    expect(Array.from(two.seconds1)).toEqual([10, 0, 10, 10, 0])
    expect(Array.from(two.owner2)).toEqual([1, 1, 1, 0, 0])
    expect(Array.from(two.seconds2)).toEqual([25, 30, 20, 20, 30])
  })
})
