import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { modeGraph, nearestFacilityTimes, syntheticRoadGraph, type Seed } from '@regiopol/analysis'
import { decodeRoadGraph } from '@regiopol/geodata'
import { importOsmExtract } from '../../src/features/network/import-osm.ts'
import { pgrNearestSeconds } from '../../src/features/network/pgr-reference.ts'
import { testApp } from '../support/app.ts'
import { testSql } from '../support/app.ts'
import { EXPECTED_CAR_WITHOUT_E, EXPECTED_SECONDS, FACILITY_NODES } from './fixtures/expected-times.ts'
import { FIXTURE_NODES } from './fixtures/road-fixture.ts'

/*
 * pgRouting is the reference: on the imported fixture, pgr_dijkstraCost over the
 * road_edges columns as they are gives the hand-computed times. Needs the real server
 * with postgresql-15-pgrouting (PGlite has no pgRouting).
 */
const FIXTURE = fileURLToPath(new URL('./fixtures/road-fixture.osm.pbf', import.meta.url))
const sql = testSql()
const server = inject('databaseKind') === 'server'
let available = false
let network = 0
const nodeId = new Map<string, number>()

beforeAll(async () => {
  if (!server) { console.log('SKIPPED: pgRouting equality tests, because the tests run on embedded PGlite (set DATABASE_URL to a server with postgresql-15-pgrouting)'); return }
  try {
    await sql`create extension if not exists pgrouting`
    available = true
  } catch (err) {
    console.log(`SKIPPED: pgRouting equality tests, because the extension is missing on the server (${(err as Error).message}); Debian: postgresql-15-pgrouting`)
    return
  }
  network = (await importOsmExtract(sql, FIXTURE, { source: 'pgRouting-Test' })).networkId
  for (const [name, n] of Object.entries(FIXTURE_NODES)) {
    const [row] = await sql<{ id: number }[]>`select id from road_nodes where network_id = ${network} and osm_id = ${n.id}`
    if (row) nodeId.set(name, row.id)
  }
})

/** Seconds from every node to the nearest of `targets` by pgRouting (Infinity where none is reachable). */
async function pgrNearest(mode: 'car' | 'bike' | 'foot', targets: number[]): Promise<Map<number, number>> {
  const edges = `select id, source, target, ${mode}_cost as cost, ${mode}_reverse_cost as reverse_cost from road_edges where network_id = ${Number(network)}`
  const nodes = (await sql<{ id: number }[]>`select id from road_nodes where network_id = ${network}`).map((r) => r.id)
  const rows = await sql<{ start_vid: number; cost: number }[]>`
    select start_vid::int, min(agg_cost) as cost from pgr_dijkstraCost(${edges}, ${nodes}::bigint[], ${targets}::bigint[], directed => true)
    group by start_vid`
  const out = new Map(nodes.map((v) => [v, targets.includes(v) ? 0 : Infinity]))
  for (const r of rows) out.set(r.start_vid, Math.min(out.get(r.start_vid)!, r.cost))
  return out
}

function expectEqualTimes(engine: Float64Array, reference: Float64Array, label: string) {
  expect(engine.length).toBe(reference.length)
  let worst = 0
  for (let v = 0; v < engine.length; v++) {
    const a = engine[v]!, b = reference[v]!
    if (!Number.isFinite(b)) { expect(a, `${label} node ${v}`).toBe(Infinity); continue }
    worst = Math.max(worst, Math.abs(a - b) / Math.max(b, 1))
  }
  expect(worst, `${label}: largest relative difference`).toBeLessThan(0.001)
}

describe.runIf(server)('pgRouting on the imported fixture', () => {
  for (const mode of ['car', 'bike', 'foot'] as const) {
    it(`gives the hand-computed ${mode} times to the nearer of D and E`, async (ctx) => {
      if (!available) return ctx.skip()
      const times = await pgrNearest(mode, FACILITY_NODES.map((k) => nodeId.get(k)!))
      for (const [name, expected] of Object.entries(EXPECTED_SECONDS[mode])) {
        const got = times.get(nodeId.get(name)!)!
        if (expected === Infinity) expect(got, name).toBe(Infinity)
        else expect(got, name).toBeCloseTo(expected, 2)
      }
    })
  }

  it('agrees with the worker engine on every node of the imported fixture, all modes, within 0.1 %', async (ctx) => {
    if (!available) return ctx.skip()
    const graph = decodeRoadGraph(await (await testApp(sql).request('/api/network/graph.bin')).arrayBuffer())
    const seeds: Seed[] = FACILITY_NODES.map((k, owner) => ({ node: nodeId.get(k)! - 1, seconds: 0, owner }))
    for (const mode of ['car', 'bike', 'foot'] as const) {
      const engine = nearestFacilityTimes(modeGraph(graph, mode), seeds).seconds
      expectEqualTimes(engine, (await pgrNearestSeconds(sql, graph, mode, seeds)).seconds, mode)
    }
  })

  it('agrees with the worker engine on a synthetic network of 6,400 nodes and 12 facilities within 0.1 %', async (ctx) => {
    if (!available) return ctx.skip()
    const graph = syntheticRoadGraph({ cols: 80, rows: 80, seed: 3 })
    const seeds: Seed[] = Array.from({ length: 12 }, (_, i) => ({ node: (i * 533 + 17) % graph.nodeCount, seconds: 20 + i, owner: i }))
    const engine = nearestFacilityTimes(modeGraph(graph, 'car'), seeds).seconds
    const reference = (await pgrNearestSeconds(sql, graph, 'car', seeds)).seconds
    expect(reference.filter(Number.isFinite).length).toBeGreaterThan(6000)
    expectEqualTimes(engine, reference, 'synthetic')
  })

  it('sends A along the primary road, not the motorway, once E is closed', async (ctx) => {
    if (!available) return ctx.skip()
    const times = await pgrNearest('car', [nodeId.get('D')!])
    for (const [name, expected] of Object.entries(EXPECTED_CAR_WITHOUT_E)) {
      if (name === 'E' || name === 'A') expect(times.get(nodeId.get(name)!)!, name).toBeCloseTo(expected, 2)
    }
  })
})
