/**
 * Road-network benchmark: the worker's routing engine on a synthetic network of the
 * region's size (about 160,000 nodes after contraction) and the region's 250 m grid,
 * next to the same computation in pgRouting (real server with the extension), or the
 * straight-line model when pgRouting is not there. Standalone:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npx tsx scripts/src/bench/network.ts
 */
import { pathToFileURL } from 'node:url'
import postgres, { type Sql } from 'postgres'
import {
  activeMask, buildGrid, computeNetworkReachability, computeReachability, createFacilitySet, GBA_CARE_TYPES, modeGraph,
  setNetworkFacilityActive, snapPoints, syntheticRoadGraph, travelModel, type Seed,
} from '@regiopol/analysis'
import { pgrNearestSeconds } from '@regiopol/tiles-api/network'
import { loadAnalysisInputs } from './analysis-data.ts'
import { medianCpuMs, medianMs } from './timing.ts'
import type { BenchRow } from './types.ts'

async function hasPgRouting(sql: Sql): Promise<boolean> {
  try {
    await sql`create extension if not exists pgrouting`
    return true
  } catch {
    return false
  }
}

export async function benchNetwork(sql: Sql): Promise<BenchRow[]> {
  const input = await loadAnalysisInputs(sql)
  const hospitals = createFacilitySet(input.facilities)
  const mask = activeMask(hospitals, ['krankenhaus'], [], GBA_CARE_TYPES)
  const grid = buildGrid(input.outline, input.municipalities, 250)
  const graph = syntheticRoadGraph({ cols: 420, rows: 380, spacingM: 220 })
  const label = `${(graph.nodeCount / 1000).toFixed(0)}k nodes, ${(graph.arcCount / 1000).toFixed(0)}k arcs`
  const car = modeGraph(graph, 'car')
  const snap = snapPoints(car, grid.x, grid.y)
  const straight = await medianMs(() => computeReachability(grid, hospitals, mask, travelModel('car')), 15, 3)
  const full = () => computeNetworkReachability(grid, hospitals, mask, car, snap)
  const base = full()
  const served = new Int32Array(hospitals.items.length)
  for (const o of base.owner) if (o >= 0) served[o]!++
  const busiest = served.indexOf(Math.max(...served))
  const rows: BenchRow[] = []

  let baselineName = 'straight line, same grid', baselineMs = straight
  if (await hasPgRouting(sql)) {
    const seeds: Seed[] = []
    mask.forEach((on, f) => { if (on) seeds.push({ node: base.facilitySnap.node[f]!, seconds: base.facilitySnap.seconds[f]!, owner: f }) })
    const ref = await pgrNearestSeconds(sql, graph, 'car', seeds)
    let worst = 0
    for (let v = 0; v < graph.nodeCount; v++) {
      const b = ref.seconds[v]!
      if (Number.isFinite(b)) worst = Math.max(worst, Math.abs(base.times.seconds[v]! - b) / Math.max(b, 1))
    }
    if (worst > 0.001) throw new Error(`engine and pgRouting disagree by ${(worst * 100).toFixed(3)} %`)
    console.log(`pgRouting agrees with the engine on all ${graph.nodeCount} nodes (largest difference ${(worst * 100).toExponential(2)} %)`)
    baselineName = 'pgRouting pgr_drivingDistance (query only)'
    baselineMs = (await pgrNearestSeconds(sql, graph, 'car', seeds)).ms
  } else {
    console.log('SKIPPED: pgRouting comparison, because the database has no pgrouting extension (real server with postgresql-15-pgrouting needed)')
  }
  rows.push({ name: `network ${label}: graph per mode from the binary`, ms: await medianMs(() => modeGraph(graph, 'car'), 5, 1), baselineName, baselineMs })
  rows.push({ name: `network: access legs of ${grid.n.toLocaleString('en')} cells (once per grid)`, ms: await medianMs(() => snapPoints(car, grid.x, grid.y), 5, 1), baselineName, baselineMs })
  rows.push({
    name: `network: all ${hospitals.items.filter((_, i) => mask[i]).length} hospitals, every 250 m cell (limit 150 ms)`,
    ms: await medianMs(full, 15, 3), cpuMs: await medianCpuMs(full), baselineName, baselineMs,
  })
  const toggle = () => setNetworkFacilityActive(base, busiest, false)
  rows.push({
    name: `network: 1 hospital off, ${toggle().changedCells} cells touched (limit 50 ms)`,
    ms: await medianMs(toggle, 15, 3), cpuMs: await medianCpuMs(toggle), baselineName, baselineMs,
  })
  return rows
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sql = postgres(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', { onnotice: () => {} })
  const rows = await benchNetwork(sql)
  for (const r of rows) {
    const cpu = r.cpuMs === undefined ? '' : ` (CPU ${r.cpuMs.toFixed(1)} ms)`
    console.log(`${r.name.padEnd(76)} ${r.ms.toFixed(2).padStart(9)} ms${cpu}   ${r.baselineName}: ${r.baselineMs.toFixed(2)} ms (${(r.ms / r.baselineMs).toFixed(2)}×)`)
  }
  await sql.end()
}
