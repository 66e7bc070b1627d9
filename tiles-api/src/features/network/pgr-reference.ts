/**
 * pgRouting as the reference for the worker's routing engine: the same graph's arcs
 * (from the binary) go into a temporary table, a virtual node 0 links to every
 * facility's node at its access-leg cost, and one pgr_drivingDistance over the
 * reversed arcs gives every node its time to the nearest facility, the multi-source
 * Dijkstra's answer. Needs the real server with the pgrouting extension.
 *
 * @example
 * const seconds = await pgrNearestSeconds(sql, graph, 'car', [{ node: 12, seconds: 30 }])
 * seconds[v] // Infinity where no facility is reachable
 */
import type { NetworkMode, RoadGraph } from '@regiopol/geodata'
import type { Sql } from 'postgres'

const BATCH = 50_000

export async function pgrNearestSeconds(
  sql: Sql, g: RoadGraph, mode: NetworkMode, seeds: readonly { node: number; seconds: number }[],
): Promise<{ seconds: Float64Array; ms: number }> {
  return sql.begin(async (tx) => {
    await tx`create temporary table pgr_arcs (id bigint, source bigint, target bigint, cost float8) on commit drop`
    const sec = g.seconds[mode]
    const ids: number[] = [], src: number[] = [], dst: number[] = [], cost: number[] = []
    const flush = async () => {
      await tx`insert into pgr_arcs select * from unnest(${ids}::bigint[], ${src}::bigint[], ${dst}::bigint[], ${cost}::float8[])`
      ids.length = src.length = dst.length = cost.length = 0
    }
    for (let u = 0; u < g.nodeCount; u++) {
      for (let k = g.firstOut[u]!; k < g.firstOut[u + 1]!; k++) {
        if (!Number.isFinite(sec[k]!)) continue
        // reversed: from the facility side towards the patient
        ids.push(k + 1); src.push(g.head[k]! + 1); dst.push(u + 1); cost.push(sec[k]!)
        if (ids.length === BATCH) await flush()
      }
    }
    seeds.forEach((s, i) => { ids.push(g.arcCount + i + 1); src.push(0); dst.push(s.node + 1); cost.push(s.seconds) })
    await flush()
    const t0 = performance.now()
    const rows = await tx<{ node: number; agg_cost: number }[]>`
      select node::int, agg_cost from pgr_drivingDistance('select id, source, target, cost from pgr_arcs', 0, 1e12, directed => true)`
    const ms = performance.now() - t0
    const seconds = new Float64Array(g.nodeCount).fill(Infinity)
    for (const r of rows) if (r.node > 0) seconds[r.node - 1] = r.agg_cost
    return { seconds, ms }
  })
}
