/**
 * The built graph as the binary the viewer downloads: every edge becomes up to two
 * directed arcs (one per direction some mode may use), grouped by tail node.
 *
 * @example
 * const graph = toRoadGraph(built, meta)
 * encodeRoadGraph(graph) // bytes for road_networks.graph
 */
import { NETWORK_MODES, type NetworkMode, type RoadGraph, type RoadNetworkMeta } from '@regiopol/geodata'
import type { BuiltGraph } from './build-graph.ts'

const usable = (c: Record<NetworkMode, number>) => NETWORK_MODES.some((m) => c[m] >= 0)

export function toRoadGraph(g: BuiltGraph, meta: RoadNetworkMeta): RoadGraph {
  const n = g.lon.length
  const arcs: { tail: number; head: number; c: Record<NetworkMode, number> }[] = []
  for (const e of g.edges) {
    if (usable(e.cost)) arcs.push({ tail: e.source, head: e.target, c: e.cost })
    if (usable(e.reverseCost)) arcs.push({ tail: e.target, head: e.source, c: e.reverseCost })
  }
  const m = arcs.length
  const firstOut = new Uint32Array(n + 1)
  for (const a of arcs) firstOut[a.tail + 1]!++
  for (let v = 0; v < n; v++) firstOut[v + 1]! += firstOut[v]!
  const fill = firstOut.slice(0, n)
  const head = new Uint32Array(m)
  const seconds = { car: new Float32Array(m), bike: new Float32Array(m), foot: new Float32Array(m) }
  for (const a of arcs) {
    const k = fill[a.tail]!++
    head[k] = a.head
    for (const mode of NETWORK_MODES) seconds[mode][k] = a.c[mode] >= 0 ? a.c[mode] : Infinity
  }
  const lonE6 = Int32Array.from(g.lon, (x) => Math.round(x * 1e6))
  const latE6 = Int32Array.from(g.lat, (y) => Math.round(y * 1e6))
  return { meta, nodeCount: n, arcCount: m, lonE6, latE6, firstOut, head, seconds }
}
