import { modeGraph, nearestFacilityTimes, withoutFacility, type Seed } from '@regiopol/analysis'
import { decodeRoadGraph, NETWORK_MODES } from '@regiopol/geodata'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { importOsmExtract } from '../../src/features/network/import-osm.ts'
import { testApp, testSql } from '../support/app.ts'
import { EXPECTED_CAR_WITHOUT_E, EXPECTED_SECONDS, FACILITY_NODES } from './fixtures/expected-times.ts'
import { FIXTURE_NODES } from './fixtures/road-fixture.ts'

/*
 * The whole chain on the hand-made fixture: OSM file -> importer -> database ->
 * /api/network/graph.bin -> the worker's routing engine gives the hand-computed times.
 */
const FIXTURE = fileURLToPath(new URL('./fixtures/road-fixture.osm.pbf', import.meta.url))
const sql = testSql()
const app = testApp(sql)
let graph: ReturnType<typeof decodeRoadGraph>
const node = new Map<string, number>()

beforeAll(async () => {
  const { networkId } = await importOsmExtract(sql, FIXTURE, { source: 'Engine-Test' })
  graph = decodeRoadGraph(await (await app.request('/api/network/graph.bin')).arrayBuffer())
  for (const [name, n] of Object.entries(FIXTURE_NODES)) {
    const [row] = await sql<{ id: number }[]>`select id from road_nodes where network_id = ${networkId} and osm_id = ${n.id}`
    if (row) node.set(name, row.id - 1) // the binary's node index is the database id - 1
  }
})

const seeds = (names: readonly string[]): Seed[] => names.map((k, owner) => ({ node: node.get(k)!, seconds: 0, owner }))

describe('routing engine on the imported fixture', () => {
  for (const mode of NETWORK_MODES) {
    it(`gives every junction the hand-computed ${mode} time to the nearer of D and E`, () => {
      const t = nearestFacilityTimes(modeGraph(graph, mode), seeds(FACILITY_NODES))
      for (const [name, expected] of Object.entries(EXPECTED_SECONDS[mode])) {
        const got = t.seconds[node.get(name)!]!
        if (expected === Infinity) expect(got, name).toBe(Infinity)
        else expect(got, name).toBeCloseTo(expected, 2)
      }
    })
  }

  it('closing E sends A along the primary road to D and recomputes only what E served', () => {
    const car = modeGraph(graph, 'car')
    const s = seeds(FACILITY_NODES)
    const both = nearestFacilityTimes(car, s)
    const closed = withoutFacility(car, both, 1, [s[0]!])
    for (const [name, expected] of Object.entries(EXPECTED_CAR_WITHOUT_E)) expect(closed.seconds[node.get(name)!]!, name).toBeCloseTo(expected, 2)
    expect(closed.changed).toBe(2) // A and E; everyone else already drove to D
  })
})
