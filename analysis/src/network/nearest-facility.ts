/**
 * Multi-source Dijkstra: one run from all active facilities at once gives every
 * node its travel time TO the nearest facility and which facility that is. It runs
 * over the reversed arcs, so one-way streets count in the direction a patient
 * drives. A seed is a facility's snap node with the seconds of its access leg.
 *
 * What-if keeps its speed: `withoutFacility` clears only the nodes the closed
 * facility served and re-grows them from their still-valid neighbours (every other
 * node keeps an optimal time, since its facility is still open); `withFacility`
 * grows only the region the new facility wins.
 *
 * @example
 * const t = nearestFacilityTimes(car, [{ node: 12, seconds: 30, owner: 0 }, { node: 900, seconds: 0, owner: 1 }])
 * t.seconds[v] // seconds from node v to the nearer of the two; t.owner[v] is 0 or 1
 * const closed = withoutFacility(car, t, 1, seeds) // only the nodes facility 1 served change
 */
import { NodeHeap } from './heap.ts'
import type { ModeGraph } from './mode-graph.ts'

export interface Seed {
  node: number
  /** Seconds of the facility's access leg (facility -> snap node). */
  seconds: number
  /** Facility index. */
  owner: number
}

export interface NodeTimes {
  seconds: Float64Array
  /** Facility index per node, -1 where none is reachable. */
  owner: Int32Array
  /** How many nodes the run that made this changed (all reached nodes for a full run). */
  changed: number
  /** 1 for each node a what-if run changed; null after a full run. */
  changedNodes: Uint8Array | null
}

/** Facility indexes are packed with the node into one heap value in two-nearest.ts. */
export const MAX_FACILITIES = 4096

/** Settles the heap's nodes in order of time, relaxing reversed arcs; marks improved nodes. */
function grow(g: ModeGraph, t: NodeTimes, heap: NodeHeap, mark: Uint8Array | null): number {
  const { firstIn, tail, inCost } = g
  const sec = t.seconds, own = t.owner
  let changed = 0
  while (heap.size > 0) {
    const v = heap.pop()
    const d = sec[v]!, owner = own[v]!
    for (let k = firstIn[v]!; k < firstIn[v + 1]!; k++) {
      const u = tail[k]!
      const du = d + inCost[k]!
      if (du < sec[u]!) {
        if (mark && mark[u] === 0) { mark[u] = 1; changed++ }
        sec[u] = du; own[u] = owner
        heap.update(u)
      }
    }
  }
  return changed
}

function seed(t: NodeTimes, heap: NodeHeap, s: Seed, mark: Uint8Array | null): number {
  if (!(s.seconds < t.seconds[s.node]!)) return 0
  t.seconds[s.node] = s.seconds; t.owner[s.node] = s.owner
  heap.update(s.node)
  if (mark && mark[s.node] === 0) { mark[s.node] = 1; return 1 }
  return 0
}

export function nearestFacilityTimes(g: ModeGraph, seeds: readonly Seed[]): NodeTimes {
  const t: NodeTimes = { seconds: new Float64Array(g.n).fill(Infinity), owner: new Int32Array(g.n).fill(-1), changed: 0, changedNodes: null }
  const heap = new NodeHeap(g.n, t.seconds)
  for (const s of seeds) seed(t, heap, s, null)
  grow(g, t, heap, null)
  let reached = 0
  for (let v = 0; v < g.n; v++) if (t.owner[v]! >= 0) reached++
  t.changed = reached
  return t
}

/** Times with facility `owner` closed; `seeds` are the seeds of the facilities still open. */
export function withoutFacility(g: ModeGraph, t: NodeTimes, owner: number, seeds: readonly Seed[]): NodeTimes {
  const sec = t.seconds.slice(), own = t.owner.slice()
  const mark = new Uint8Array(g.n)
  const next: NodeTimes = { seconds: sec, owner: own, changed: 0, changedNodes: mark }
  let changed = 0
  for (let v = 0; v < g.n; v++) {
    if (own[v] === owner) { sec[v] = Infinity; own[v] = -1; mark[v] = 1; changed++ }
  }
  if (changed === 0) return next
  const heap = new NodeHeap(g.n, sec)
  const { firstOut, head, outCost } = g
  for (let u = 0; u < g.n; u++) {
    if (mark[u] !== 1) continue
    // the best way out of the cleared region through a neighbour that kept its facility
    let best = Infinity, bestOwner = -1
    for (let k = firstOut[u]!; k < firstOut[u + 1]!; k++) {
      const w = head[k]!
      if (mark[w] === 1) continue
      const d = outCost[k]! + sec[w]!
      if (d < best) { best = d; bestOwner = own[w]! }
    }
    if (bestOwner >= 0) { sec[u] = best; own[u] = bestOwner; heap.update(u) }
  }
  for (const s of seeds) if (s.owner !== owner) seed(next, heap, s, null)
  grow(g, next, heap, null)
  next.changed = changed
  return next
}

/** Times with one more facility open (its seed); only the nodes it now serves change. */
export function withFacility(g: ModeGraph, t: NodeTimes, s: Seed): NodeTimes {
  const mark = new Uint8Array(g.n)
  const next: NodeTimes = { seconds: t.seconds.slice(), owner: t.owner.slice(), changed: 0, changedNodes: mark }
  const heap = new NodeHeap(g.n, next.seconds)
  const first = seed(next, heap, s, mark)
  next.changed = first + grow(g, next, heap, mark)
  return next
}
