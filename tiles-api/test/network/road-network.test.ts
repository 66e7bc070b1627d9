import { decodeRoadGraph } from '@regiopol/geodata'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { importOsmExtract, type ImportResult } from '../../src/features/network/import-osm.ts'
import { testApp, testSql } from '../support/app.ts'
import { FIXTURE_NODES } from './fixtures/road-fixture.ts'

const FIXTURE = fileURLToPath(new URL('./fixtures/road-fixture.osm.pbf', import.meta.url))
const sql = testSql()
const app = testApp(sql)
let imported: ImportResult

beforeAll(async () => {
  imported = await importOsmExtract(sql, FIXTURE, { source: 'Testnetz (road-fixture.osm.pbf)' })
})

const edgesOf = (id: number) => sql<{ source_osm: string; target_osm: string; highway: string; car_cost: number; car_reverse_cost: number; bike_cost: number; bike_reverse_cost: number; foot_cost: number; foot_reverse_cost: number; length_m: number; points: number }[]>`
  select s.osm_id::text as source_osm, t.osm_id::text as target_osm, e.highway, e.car_cost, e.car_reverse_cost, e.bike_cost,
         e.bike_reverse_cost, e.foot_cost, e.foot_reverse_cost, e.length_m, ST_NPoints(e.geom) as points
  from road_edges e join road_nodes s on s.network_id = e.network_id and s.id = e.source
       join road_nodes t on t.network_id = e.network_id and t.id = e.target
  where e.network_id = ${id} order by e.id`

describe('OSM road import', () => {
  it('keeps the nine junctions and contracts the four shape points into 11 edges with their geometry', async () => {
    expect(imported.nodes).toBe(9)
    expect(imported.edges).toBe(11)
    const edges = await edgesOf(imported.networkId)
    // A–B and C–D carry a shape point each, so three points; A–E has two
    const ab = edges.find((e) => e.source_osm === String(FIXTURE_NODES.A!.id) && e.target_osm === String(FIXTURE_NODES.B!.id))!
    expect(ab.points).toBe(3)
    expect(ab.length_m).toBeCloseTo(999.287, 2)
  })

  it('drops the private service road and the building outline', async () => {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from road_nodes where network_id = ${imported.networkId} and osm_id = ${FIXTURE_NODES.X!.id}`
    expect(row!.n).toBe(0)
  })

  it('drives the primary road at 80 % of its maxspeed 50 and pays 5 s when entering a junction', async () => {
    const edges = await edgesOf(imported.networkId)
    const ab = edges.find((e) => e.highway === 'primary' && e.source_osm === '1')!
    // 999.287 m at 40 km/h = 89.936 s into B (two car roads); back into A (three car roads) + 5 s
    expect(ab.car_cost).toBeCloseTo(89.936, 2)
    expect(ab.car_reverse_cost).toBeCloseTo(94.936, 2)
  })

  it('keeps one-way streets one-way for cars and bikes, both ways for pedestrians', async () => {
    const ef = (await edgesOf(imported.networkId)).find((e) => e.source_osm === '5')!
    expect(ef.highway).toBe('residential')
    expect([ef.car_reverse_cost, ef.bike_reverse_cost]).toEqual([-1, -1])
    expect(ef.foot_reverse_cost).toBeCloseTo(799.271, 2) // 999.089 m at 4.5 km/h
  })

  it('lets nobody walk or cycle the motorway and no car use the footway', async () => {
    const edges = await edgesOf(imported.networkId)
    const motorway = edges.find((e) => e.highway === 'motorway')!
    expect([motorway.foot_cost, motorway.bike_cost, motorway.car_reverse_cost]).toEqual([-1, -1, -1])
    expect(motorway.car_cost).toBeCloseTo(119.938, 2) // 2,998.459 m at 90 km/h
    const footway = edges.find((e) => e.highway === 'footway')!
    expect([footway.car_cost, footway.car_reverse_cost, footway.bike_cost]).toEqual([-1, -1, -1])
  })

  it('serves its source, date and ODbL attribution and the graph as one binary with the same arcs', async () => {
    const meta = await app.request('/api/network')
    expect(meta.status).toBe(200)
    const body = (await meta.json()) as { attribution: string }
    expect(body).toMatchObject({ id: imported.networkId, source: 'Testnetz (road-fixture.osm.pbf)', sourceDate: '2026-12-01', nodes: 9, edges: 11 })
    expect(body.attribution).toContain('OpenStreetMap')
    const res = await app.request('/api/network/graph.bin')
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    const g = decodeRoadGraph(await res.arrayBuffer())
    expect([g.nodeCount, g.arcCount]).toEqual([9, 19])
    expect(g.meta.attribution).toBe(body.attribution)
    const again = await app.request('/api/network/graph.bin', { headers: { 'If-None-Match': res.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })
})
