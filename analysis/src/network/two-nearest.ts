/**
 * The nearest AND the second-nearest facility of every node along the network
 * (a Dijkstra in which each node is settled at most twice, by two different
 * facilities). The G-BA closure ranking needs both: closing a node's nearest
 * facility leaves it with the second one.
 *
 * @example
 * const two = twoNearestFacilities(car, seeds)
 * two.seconds1[v], two.owner1[v] // as nearestFacilityTimes
 * two.seconds2[v], two.owner2[v] // the next facility (Infinity / -1 if there is none)
 */
import { MinHeap } from './heap.ts'
import type { ModeGraph } from './mode-graph.ts'
import { MAX_FACILITIES, type Seed } from './nearest-facility.ts'

export interface TwoNearest {
  seconds1: Float64Array
  owner1: Int32Array
  seconds2: Float64Array
  owner2: Int32Array
}

export function twoNearestFacilities(g: ModeGraph, seeds: readonly Seed[]): TwoNearest {
  const n = g.n
  const r: TwoNearest = {
    seconds1: new Float64Array(n).fill(Infinity), owner1: new Int32Array(n).fill(-1),
    seconds2: new Float64Array(n).fill(Infinity), owner2: new Int32Array(n).fill(-1),
  }
  const settled = new Uint8Array(n)
  const heap = new MinHeap(1 << 16)
  for (const s of seeds) {
    if (s.owner >= MAX_FACILITIES) throw new RangeError(`at most ${MAX_FACILITIES} facilities`)
    heap.push(s.seconds, s.node * MAX_FACILITIES + s.owner)
  }
  const { firstIn, tail, inCost } = g
  while (heap.size > 0) {
    const packed = heap.pop()
    const d = heap.lastKey
    const v = Math.floor(packed / MAX_FACILITIES), owner = packed % MAX_FACILITIES
    const k0 = settled[v]!
    if (k0 === 2 || (k0 === 1 && r.owner1[v] === owner)) continue
    if (k0 === 0) { r.seconds1[v] = d; r.owner1[v] = owner } else { r.seconds2[v] = d; r.owner2[v] = owner }
    settled[v] = k0 + 1
    for (let k = firstIn[v]!; k < firstIn[v + 1]!; k++) {
      const u = tail[k]!
      const s = settled[u]!
      if (s === 2 || (s === 1 && r.owner1[u] === owner)) continue
      heap.push(d + inCost[k]!, u * MAX_FACILITIES + owner)
    }
  }
  return r
}
