/**
 * The G-BA closure ranking along the road network: the nearest and second-nearest
 * facility of every cell from one two-label Dijkstra, then the same count as the
 * straight-line ranking (closure-impact.ts).
 *
 * @example
 * networkClosureImpact(netState, pop, 30)[0] // the general hospital whose closure strands most people
 */
import { closureImpactOf, type ClosureImpact } from '../closure-impact.ts'
import { GBA_INDISPENSABLE_POPULATION } from '../presets.ts'
import type { Seed } from './nearest-facility.ts'
import type { NetworkReachState } from './network-reachability.ts'
import { twoNearestFacilities } from './two-nearest.ts'

export function networkClosureImpact(
  st: NetworkReachState, pop: Float64Array, thresholdMin: number, indispensableFrom = GBA_INDISPENSABLE_POPULATION,
): ClosureImpact[] {
  const seeds: Seed[] = []
  st.active.forEach((on, f) => {
    const node = st.facilitySnap.node[f]!
    if (on === 1 && node >= 0) seeds.push({ node, seconds: st.facilitySnap.seconds[f]!, owner: f })
  })
  const two = twoNearestFacilities(st.graph, seeds)
  const n = st.grid.n
  const minutes1 = new Float64Array(n), minutes2 = new Float64Array(n), owner1 = new Int32Array(n)
  for (let c = 0; c < n; c++) {
    const v = st.cellSnap.node[c]!
    const leg = st.cellSnap.seconds[c]!
    minutes1[c] = v < 0 ? Infinity : (leg + two.seconds1[v]!) / 60
    minutes2[c] = v < 0 ? Infinity : (leg + two.seconds2[v]!) / 60
    owner1[c] = v < 0 ? -1 : two.owner1[v]!
  }
  return closureImpactOf({ minutes1, owner1, minutes2 }, st.facilities, st.active, pop, thresholdMin, indispensableFrom)
}
