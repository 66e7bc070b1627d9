import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { getLayer, TILE_EXTENT } from '@regiopol/geodata'
import { createApp } from '@regiopol/tiles-api/app'
import { prepareDatabase } from '@regiopol/tiles-api/prepare'
import { mvtTile, tileAt } from '@regiopol/tiles-api/tiles'
import postgres, { type Sql } from 'postgres'
import { medianMs } from './timing.ts'
import type { BenchRow } from './types.ts'

/*
 * Vector tiles of development land at seed size, 20,000 and 200,000 rows, on the real
 * server only (the embedded database has no ST_AsMVT to compare with). The benchmark
 * makes its own database next to DATABASE_URL's and grows the table there: copies of
 * the seed sites moved to random places in the region (seeded, so every run is alike).
 * For z10/z12/z14 over Paderborn (8.75, 51.72): a tile through the API with an empty
 * tile cache against the same ST_AsMVT statement sent directly; a cached tile; the
 * tile's size; and plain ST_AsMVT without thinning, for reference.
 */

const SIZES = [0, 20_000, 200_000]
const ZOOMS = [10, 12, 14]
const RUNS = 15
const layer = getLayer('development_land')

async function growTo(sql: Sql, rows: number) {
  const [count] = await sql<{ n: number }[]>`select count(*)::int as n from development_land`
  const n = count!.n
  if (n >= rows) return
  await sql`select setseed(0.42)`
  await sql`
    with seed as (select row_number() over (order by id) - 1 as i, * from development_land where sample and name not like '% #%'),
    k as (select count(*) as k from seed)
    insert into development_land (name, municipality_ags, use, planning_status, sample, geom)
    select s.name || ' #' || g, s.municipality_ags, s.use, s.planning_status, true,
           ST_Translate(s.geom, 8.20 + random() * 1.24 - ST_X(ST_Centroid(s.geom)), 51.39 + random() * 0.64 - ST_Y(ST_Centroid(s.geom)))
    from generate_series(1, ${rows - n}) g, k, seed s
    where s.i = g % k.k`
  await sql`analyze development_land`
}

/** Plain ST_AsMVT over every site meeting the tile: what the tile would be without thinning. */
async function unthinned(sql: Sql, z: number, x: number, y: number): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select coalesce(length(ST_AsMVT(q, 'development_land', ${TILE_EXTENT}, 'geom')), 0) as n from (
      select name, use, planning_status, area_ha::float8, sample, ST_AsMVTGeom(ST_Transform(geom, 3857), ST_TileEnvelope(${z}, ${x}, ${y}), ${TILE_EXTENT}, 64, true) as geom
      from development_land_public where geom && ST_Transform(ST_TileEnvelope(${z}, ${x}, ${y}), 4326)) q`
  return row!.n
}

export async function benchTiles(serverUrl: string): Promise<BenchRow[]> {
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 })
  const url = new URL(serverUrl)
  const name = `${url.pathname.slice(1) || 'postgres'}_bench_tiles`
  await admin`drop database if exists ${admin(name)}`
  await admin`create database ${admin(name)}`
  await admin.end()
  url.pathname = `/${name}`
  const sql = postgres(url.toString(), { onnotice: () => {}, max: 10 })
  await prepareDatabase(sql, { demoAccounts: false })
  const app = createApp({ sql, log: false })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/collections/development_land/tiles/WebMercatorQuad`
  const rows: BenchRow[] = []
  try {
    for (const size of SIZES) {
      await growTo(sql, size)
      const [count] = await sql<{ n: number }[]>`select count(*)::int as n from development_land`
      const n = count!.n
      for (const z of ZOOMS) {
        const t = tileAt(8.75, 51.72, z)
        const path = `${base}/${t.z}/${t.x}/${t.y}`
        const floor = await medianMs(() => mvtTile(sql, layer, t), RUNS, 2)
        let bytes = 0
        const uncached = await medianMs(async () => {
          await sql`delete from tile_cache where layer = 'development_land' and z = ${t.z} and x = ${t.x} and y = ${t.y}`
          bytes = (await (await fetch(path)).arrayBuffer()).byteLength
        }, RUNS, 2)
        const deleteOnly = await medianMs(() => sql`delete from tile_cache where layer = 'development_land' and z = ${t.z} and x = ${t.x} and y = ${t.y}`, RUNS, 2)
        await fetch(path)
        const cached = await medianMs(() => fetch(path).then((r) => r.arrayBuffer()), RUNS * 2, 3)
        const etag = (await fetch(path)).headers.get('etag') ?? ''
        const revalidated = await medianMs(() => fetch(path, { headers: { 'If-None-Match': etag } }).then((r) => r.arrayBuffer()), RUNS * 2, 3)
        const plain = await unthinned(sql, t.z, t.x, t.y)
        const label = `tile z${z} ${n} rows`
        rows.push({ name: `${label}: API, empty cache (${(bytes / 1024).toFixed(0)} KB; unthinned ${(plain / 1024).toFixed(0)} KB)`, ms: uncached - deleteOnly, baselineName: 'same ST_AsMVT via postgres.js', baselineMs: floor })
        rows.push({ name: `${label}: API, cached 200`, ms: cached, baselineName: 'same ST_AsMVT via postgres.js', baselineMs: floor })
        rows.push({ name: `${label}: API, cached 304`, ms: revalidated, baselineName: 'same ST_AsMVT via postgres.js', baselineMs: floor })
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve))
    await sql.end()
  }
  return rows
}
