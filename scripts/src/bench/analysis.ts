/**
 * Analysis benchmark: each JS figure (@regiopol/analysis, run in Node) next to the
 * same computation in PostGIS in the same run. The lead's run.ts calls
 * benchAnalysis(sql); standalone:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/analysis_dev npx tsx scripts/src/bench/analysis.ts
 */
import { pathToFileURL } from 'node:url'
import postgres, { type Sql } from 'postgres'
import {
  activeMask, analyseSites, GBA_CARE_TYPES, buildGrid, closureImpact, computeReachability, createFacilitySet, disaggregatePopulation,
  prepareSiteContext, reachabilityIndicators, scenarioDeltas, setFacilityActive, travelModel,
} from '@regiopol/analysis'
import { loadAnalysisInputs, syntheticSites } from './analysis-data.ts'
import { createCellTable, createPointTables, createSiteTable, pgNearestHospitalPerCell, pgSiteAnalysis } from './analysis-postgis.ts'
import { medianMs } from './timing.ts'
import type { BenchRow } from './types.ts'

const THRESHOLDS = [10, 20, 30]

export async function benchAnalysis(sql: Sql): Promise<BenchRow[]> {
  const input = await loadAnalysisInputs(sql)
  const hospitals = createFacilitySet(input.facilities)
  const mask = activeMask(hospitals, ['krankenhaus'], [], GBA_CARE_TYPES)
  const car = travelModel('car')
  const grid = buildGrid(input.outline, input.municipalities, 250)
  const { pop } = disaggregatePopulation(grid, input.population)
  const rows: BenchRow[] = []

  await createPointTables(sql)
  await createCellTable(sql, grid)
  const pgGrid = await medianMs(() => pgNearestHospitalPerCell(sql), 3, 1)
  // the two sides must agree before their times mean anything
  const jsMean = computeReachability(grid, hospitals, mask, car).d1.reduce((a, b) => a + b, 0) / grid.n
  const pgMean = await pgNearestHospitalPerCell(sql)
  if (Math.abs(jsMean - pgMean) / pgMean > 1e-4) throw new Error(`JS and PostGIS disagree: mean ${jsMean} vs ${pgMean} m`)
  const cells = `${grid.n.toLocaleString('en')} cells`

  const health = () => {
    const st = computeReachability(grid, hospitals, mask, car)
    reachabilityIndicators(st.minutes, grid, pop, THRESHOLDS)
    return st
  }
  rows.push({ name: `health 250 m, ${cells}: nearest hospital + indicators`, ms: await medianMs(health, 15, 3),
    baselineName: 'PostGIS KNN <-> + ST_Distance 25832', baselineMs: pgGrid })
  rows.push({
    name: 'health 250 m incl. building grid + population',
    ms: await medianMs(() => { const g = buildGrid(input.outline, input.municipalities, 250); disaggregatePopulation(g, input.population); return health() }, 10, 2),
    baselineName: 'PostGIS KNN <-> + ST_Distance 25832', baselineMs: pgGrid,
  })

  // scenario: the hospital whose closure changes most cells, switched off and measured with everything the panel shows
  const base = health()
  const busiest = closureImpact(base, pop, 30)[0]!
  const scenario = () => {
    const st = setFacilityActive(base, busiest.index, false)
    reachabilityIndicators(st.minutes, grid, pop, THRESHOLDS)
    scenarioDeltas(base.minutes, st.minutes, grid, pop, THRESHOLDS)
    closureImpact(st, pop, 30)
    return st
  }
  const pgScenario = await medianMs(() => pgNearestHospitalPerCell(sql, Number(busiest.id)), 3, 1)
  rows.push({ name: `scenario: 1 hospital off (${scenario().changedCells} cells touched)`, ms: await medianMs(scenario, 15, 3),
    baselineName: 'PostGIS KNN, all cells, one excluded', baselineMs: pgScenario })

  const ctx = prepareSiteContext(input.stops, hospitals, mask)
  await createSiteTable(sql, 'bench_sites', input.sites)
  rows.push({
    name: `sites: seed (${input.sites.length}), catchment 1,200 m`,
    ms: await medianMs(() => analyseSites(input.sites, ctx, { catchmentM: 1200 }), 15, 3),
    baselineName: 'PostGIS KNN + ST_Distance + ST_Intersection', baselineMs: await medianMs(() => pgSiteAnalysis(sql, 'bench_sites', 1200), 3, 1),
  })
  const synthetic = syntheticSites(input.sites, 20_000)
  await createSiteTable(sql, 'bench_synthetic_sites', synthetic)
  rows.push({
    name: 'sites: 20,000 synthetic, catchment 1,200 m',
    ms: await medianMs(() => analyseSites(synthetic, ctx, { catchmentM: 1200 }), 7, 2),
    baselineName: 'PostGIS KNN + ST_Distance + ST_Intersection', baselineMs: await medianMs(() => pgSiteAnalysis(sql, 'bench_synthetic_sites', 1200), 1, 0),
  })
  await sql`drop table if exists bench_cells, bench_sites, bench_synthetic_sites, bench_hospitals, bench_stops`
  return rows
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sql = postgres(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/analysis_dev', { max: 1, onnotice: () => {} })
  try {
    for (const r of await benchAnalysis(sql)) {
      console.log(`${r.name.padEnd(62)} ${r.ms.toFixed(1).padStart(8)} ms   ${r.baselineName.padEnd(44)} ${r.baselineMs.toFixed(1).padStart(9)} ms   ${(r.ms / r.baselineMs).toFixed(3)}×`)
    }
  } finally {
    await sql.end()
  }
}
