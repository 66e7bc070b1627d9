/**
 * The road graph as one mode sees it: only the arcs that mode may use, forward
 * (by tail) and reversed (by head), with travel times in seconds, and the node
 * coordinates projected to EPSG:25832 for the access legs. Built once per mode
 * from the binary the API serves (RoadGraph, geodata graph-binary.ts).
 *
 * @example
 * const car = modeGraph(decodeRoadGraph(buffer), 'car')
 * car.firstIn[v]..car.firstIn[v+1]-1 // arcs u -> v by car: car.tail[k], car.inCost[k] seconds
 */
import type { NetworkMode, RoadGraph } from '@regiopol/geodata'
import { toUtm32 } from '../projection.ts'

export interface ModeGraph {
  mode: NetworkMode
  n: number
  x: Float64Array
  y: Float64Array
  firstOut: Uint32Array
  head: Uint32Array
  outCost: Float64Array
  firstIn: Uint32Array
  tail: Uint32Array
  inCost: Float64Array
  /** 1 where the node has at least one arc this mode may use. */
  usable: Uint8Array
}

export function modeGraph(g: RoadGraph, mode: NetworkMode): ModeGraph {
  const n = g.nodeCount
  const sec = g.seconds[mode]
  const x = new Float64Array(n), y = new Float64Array(n)
  for (let v = 0; v < n; v++) {
    const [px, py] = toUtm32(g.lonE6[v]! / 1e6, g.latE6[v]! / 1e6)
    x[v] = px; y[v] = py
  }
  let m = 0
  for (let k = 0; k < g.arcCount; k++) if (Number.isFinite(sec[k]!)) m++
  const firstOut = new Uint32Array(n + 1), head = new Uint32Array(m), outCost = new Float64Array(m)
  const firstIn = new Uint32Array(n + 1), tail = new Uint32Array(m), inCost = new Float64Array(m)
  const usable = new Uint8Array(n)
  let o = 0
  for (let u = 0; u < n; u++) {
    firstOut[u] = o
    for (let k = g.firstOut[u]!; k < g.firstOut[u + 1]!; k++) {
      const c = sec[k]!
      if (!Number.isFinite(c)) continue
      const v = g.head[k]!
      head[o] = v; outCost[o] = c; o++
      firstIn[v + 1]!++
      usable[u] = 1; usable[v] = 1
    }
  }
  firstOut[n] = o
  for (let v = 0; v < n; v++) firstIn[v + 1]! += firstIn[v]!
  const fill = firstIn.slice(0, n)
  for (let u = 0; u < n; u++) {
    for (let k = firstOut[u]!; k < firstOut[u + 1]!; k++) {
      const i = fill[head[k]!]!++
      tail[i] = u; inCost[i] = outCost[k]!
    }
  }
  return { mode, n, x, y, firstOut, head, outCost, firstIn, tail, inCost, usable }
}
