import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { AGS, fixtures, freeSquare, json, poolApp, sessions } from '../pool/support.ts'
import type { TileCoord } from '../../src/tiles/matrix.ts'
import { decodeTile, tileOf, tilePath } from './support.ts'

const sql = testSql()
const app = poolApp(sql)
const as = await sessions(sql)
const fx = fixtures(sql)
const items = '/api/collections/compensation_areas/items'

async function fetchTile(layer: string, t: TileCoord) {
  const res = await app.request(tilePath(layer, t))
  const bytes = new Uint8Array(await res.arrayBuffer())
  return { status: res.status, etag: res.headers.get('etag')!, bytes: Buffer.from(bytes).toString('base64'), ids: (decodeTile(bytes)[layer] ?? []).map((f) => f.id), features: decodeTile(bytes)[layer] ?? [] }
}

type Square = Awaited<ReturnType<typeof freeSquare>>
const centre = (s: Square) => s.coordinates[0]![0]!.map((_, i) => (s.coordinates[0]![0]![i]! + s.coordinates[0]![2]![i]!) / 2) as [number, number]
const z14 = (s: Square) => tileOf(...centre(s), 14)
const same = (a: TileCoord, b: TileCoord) => a.x === b.x && a.y === b.y

// A seed area in Paderborn: its tile is far from every write below and must never change.
const [far] = await sql<{ lon: number; lat: number }[]>`
  select ST_X(ST_PointOnSurface(geom)) as lon, ST_Y(ST_PointOnSurface(geom)) as lat
  from compensation_areas where municipality_ags = ${AGS.paderborn} order by id limit 1`
const farTile = tileOf(far!.lon, far!.lat, 14)
const farBefore = await fetchTile('compensation_areas', farTile)

// Two places in Borchen in different z14 tiles: the area is created at one and moved to the other.
const first = await freeSquare(sql, AGS.borchen, 501)
let second = await freeSquare(sql, AGS.borchen, 502)
for (let seed = 503; same(z14(first), z14(second)); seed++) second = await freeSquare(sql, AGS.borchen, seed)

const unchangedFar = async () => {
  const now = await fetchTile('compensation_areas', farTile)
  expect(now.etag).toBe(farBefore.etag)
  expect(now.bytes).toBe(farBefore.bytes)
}

describe('tile ETags and the tile cache', () => {
  it('answers 304 to If-None-Match with the tile’s ETag, from the tile cache', async () => {
    expect(farBefore.status).toBe(200)
    const res = await app.request(tilePath('compensation_areas', farTile), { headers: { 'If-None-Match': farBefore.etag } })
    expect(res.status).toBe(304)
    const [row] = await sql`select count(*)::int as n from tile_cache where layer = 'compensation_areas' and z = 14 and x = ${farTile.x} and y = ${farTile.y}`
    expect(row!.n).toBe(1)
  })

  let id = 0
  let etag = ''
  it('gives the tile of a created area a new ETag and the area, and leaves a far tile as it was', async () => {
    const before = await fetchTile('compensation_areas', z14(first))
    const res = await app.request(items, json('POST', { type: 'Feature', geometry: first, properties: { name: 'Kachelprobe', municipality_ags: AGS.borchen, measure_type: 'streuobstwiese', eco_points_total: 500 } }, as.borchen))
    expect(res.status).toBe(201)
    id = ((await res.json()) as any).id
    etag = res.headers.get('etag')!
    fx.track(id)
    const after = await fetchTile('compensation_areas', z14(first))
    expect(after.etag).not.toBe(before.etag)
    expect(before.ids).not.toContain(id)
    expect(after.ids).toContain(id)
    await unchangedFar()
  })

  it('moves an area out of its old tile into its new one: both change, the far tile does not', async () => {
    const [oldBefore, newBefore] = [await fetchTile('compensation_areas', z14(first)), await fetchTile('compensation_areas', z14(second))]
    const res = await app.request(`${items}/${id}`, json('PATCH', { geometry: second }, { ...as.borchen, 'If-Match': etag }))
    expect(res.status).toBe(200)
    etag = res.headers.get('etag')!
    const [oldAfter, newAfter] = [await fetchTile('compensation_areas', z14(first)), await fetchTile('compensation_areas', z14(second))]
    expect(oldAfter.etag).not.toBe(oldBefore.etag)
    expect(oldAfter.ids).not.toContain(id)
    expect(newAfter.etag).not.toBe(newBefore.etag)
    expect(newAfter.ids).toContain(id)
    await unchangedFar()
  })

  it('shows a status change in the area’s tile under a new ETag, and leaves the far tile as it was', async () => {
    const before = await fetchTile('compensation_areas', z14(second))
    expect(before.features.find((f) => f.id === id)!.properties.status).toBe('geplant')
    const res = await app.request(`${items}/${id}/status`, json('POST', { to: 'verfuegbar', reason: 'Maßnahme umgesetzt' }, as.borchen))
    expect(res.status).toBe(200)
    const after = await fetchTile('compensation_areas', z14(second))
    expect(after.etag).not.toBe(before.etag)
    expect(after.features.find((f) => f.id === id)!.properties.status).toBe('verfuegbar')
    await unchangedFar()
  })

  it('drops a deleted project from its tile under a new ETag, and leaves another project’s tile as it was', async () => {
    const [made] = await sql<{ id: number; version: number }[]>`
      insert into projects (title, action_field, status, municipality_ags, geom)
      values ('Kachelprobe', 'mobilitaet', 'idee', ${[AGS.borchen]}::text[], ST_SetSRID(ST_Point(${centre(first)[0]}, ${centre(first)[1]}), 4326))
      returning id, version`
    const [other] = await sql<{ lon: number; lat: number }[]>`
      select ST_X(geom) as lon, ST_Y(geom) as lat from projects where geom is not null and id <> ${made!.id} and ST_Distance(geom, ST_SetSRID(ST_Point(${centre(first)[0]}, ${centre(first)[1]}), 4326)) > 0.1 order by id limit 1`
    const otherTile = tileOf(other!.lon, other!.lat, 14)
    const [before, otherBefore] = [await fetchTile('projects', z14(first)), await fetchTile('projects', otherTile)]
    expect(before.ids).toContain(made!.id)
    const res = await app.request(`/api/collections/projects/items/${made!.id}`, { method: 'DELETE', headers: { ...as.borchen, 'If-Match': `"project-${made!.id}-v${made!.version}"` } })
    expect(res.status).toBe(204)
    const [after, otherAfter] = [await fetchTile('projects', z14(first)), await fetchTile('projects', otherTile)]
    expect(after.etag).not.toBe(before.etag)
    expect(after.ids).not.toContain(made!.id)
    expect(otherAfter.etag).toBe(otherBefore.etag)
    expect(otherAfter.bytes).toBe(otherBefore.bytes)
  })

  it('serves a tile stored before a write only if the write did not touch it, even if the write left it in the cache', async () => {
    const t = z14(second)
    const current = await fetchTile('compensation_areas', t)
    // As if a request had built this tile just before the write and stored it just after.
    await sql`update compensation_areas set name = 'Kachelprobe 2' where id = ${id}`
    await sql`insert into tile_cache (layer, z, x, y, version, day, env, data)
      select layer, z, x, y, version, day, env, data from (values (1)) v,
      lateral (select 'compensation_areas' as layer, 14 as z, ${t.x}::int as x, ${t.y}::int as y, ${current.etag.split('-')[5]!}::bigint as version, current_date as day,
        ST_Transform(ST_TileEnvelope(14, ${t.x}, ${t.y}), 4326) as env, decode(${current.bytes}, 'base64') as data) s
      on conflict (layer, z, x, y) do update set version = excluded.version, data = excluded.data`
    const after = await fetchTile('compensation_areas', t)
    expect(after.etag).not.toBe(current.etag)
    expect(after.features.find((f) => f.id === id)!.properties.name).toBe('Kachelprobe 2')
  })
})
