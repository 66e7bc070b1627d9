/**
 * Travel time from every grid cell to its nearest active facility along the road
 * network: the cell's access leg + the node's time from the multi-source Dijkstra
 * (+ the facility's own access leg, inside the seed). The same shape as the
 * straight-line ReachState's `minutes`, so indicators, isochrones and deltas work
 * unchanged; what-if toggles touch only the nodes (and cells) that change.
 *
 * @example
 * const net = computeNetworkReachability(grid, hospitals, mask, car)
 * net.minutes[123]                               // car-minutes of cell 123 along the roads
 * const closed = setNetworkFacilityActive(net, 7, false)
 * closed.changedCells                            // only the cells hospital 7 served
 */
import { withHypotheticalFacility, type FacilitySet } from '../facilities.ts'
import type { AnalysisGrid } from '../grid.ts'
import type { ScenarioOps } from '../scenario.ts'
import { snapPoints, type Snap } from './access.ts'
import type { ModeGraph } from './mode-graph.ts'
import { nearestFacilityTimes, withFacility, withoutFacility, type NodeTimes, type Seed } from './nearest-facility.ts'

export interface NetworkReachState {
  grid: AnalysisGrid
  facilities: FacilitySet
  active: Uint8Array
  graph: ModeGraph
  cellSnap: Snap
  /** Snap of every facility (index = facility index). */
  facilitySnap: Snap
  times: NodeTimes
  /** Minutes to the nearest active facility (Infinity if none is reachable). */
  minutes: Float64Array
  /** Facility index per cell, -1 if none. */
  owner: Int32Array
  changedCells: number
}

function seedsOf(st: Pick<NetworkReachState, 'active' | 'facilitySnap'>): Seed[] {
  const seeds: Seed[] = []
  st.active.forEach((on, f) => {
    const node = st.facilitySnap.node[f]!
    if (on === 1 && node >= 0) seeds.push({ node, seconds: st.facilitySnap.seconds[f]!, owner: f })
  })
  return seeds
}

function cellMinutes(st: NetworkReachState, c: number): void {
  const node = st.cellSnap.node[c]!
  const s = node < 0 ? Infinity : st.cellSnap.seconds[c]! + st.times.seconds[node]!
  st.minutes[c] = s / 60
  st.owner[c] = node < 0 ? -1 : st.times.owner[node]!
}

export function computeNetworkReachability(
  grid: AnalysisGrid, facilities: FacilitySet, active: Uint8Array, graph: ModeGraph, cellSnap?: Snap,
): NetworkReachState {
  const st: NetworkReachState = {
    grid, facilities, active: active.slice(), graph,
    cellSnap: cellSnap ?? snapPoints(graph, grid.x, grid.y),
    facilitySnap: snapPoints(graph, facilities.xs, facilities.ys),
    times: null as unknown as NodeTimes,
    minutes: new Float64Array(grid.n), owner: new Int32Array(grid.n), changedCells: grid.n,
  }
  st.times = nearestFacilityTimes(graph, seedsOf(st))
  for (let c = 0; c < grid.n; c++) cellMinutes(st, c)
  return st
}

/** Switch facility f on or off; only nodes and cells whose nearest facility changes are recomputed. */
export function setNetworkFacilityActive(st: NetworkReachState, f: number, on: boolean): NetworkReachState {
  if ((st.active[f] === 1) === on) return { ...st, changedCells: 0 }
  const active = st.active.slice()
  active[f] = on ? 1 : 0
  const next: NetworkReachState = { ...st, active, minutes: st.minutes.slice(), owner: st.owner.slice(), changedCells: 0 }
  const node = st.facilitySnap.node[f]!
  if (on && node >= 0) next.times = withFacility(st.graph, st.times, { node, seconds: st.facilitySnap.seconds[f]!, owner: f })
  else if (!on) next.times = withoutFacility(st.graph, st.times, f, seedsOf(next))
  const mark = next.times.changedNodes
  if (!mark || next.times === st.times) return next
  let changed = 0
  for (let c = 0; c < st.grid.n; c++) {
    const v = st.cellSnap.node[c]!
    if (v >= 0 && mark[v] === 1) { cellMinutes(next, c); changed++ }
  }
  next.changedCells = changed
  return next
}

/** A state over a facility set that grew by hypothetical facilities (same graph and cells). */
export function withFacilitySet(st: NetworkReachState, facilities: FacilitySet): NetworkReachState {
  const active = new Uint8Array(facilities.items.length)
  active.set(st.active)
  return { ...st, facilities, active, facilitySnap: snapPoints(st.graph, facilities.xs, facilities.ys) }
}

/** The network model's scenario operations (for updateScenario in scenario.ts). */
export const NETWORK_OPS: ScenarioOps<NetworkReachState> = {
  setActive: setNetworkFacilityActive,
  addHypothetical(st, f) {
    const grown = withFacilitySet(st, withHypotheticalFacility(st.facilities, f))
    return setNetworkFacilityActive(grown, grown.facilities.items.length - 1, true)
  },
}
