import postgres, { type Sql } from 'postgres'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { prepareDatabase } from '../../src/db/prepare.ts'
import { AGS, freeSquare, json, sessions } from '../pool/support.ts'
import { tileOf, tilePath } from '../tiles/support.ts'
import { startClusters, unavailable, type Clusters } from './clusters.ts'

/*
 * DATABASE_READ_URL against a real standby: its own primary and streaming replica in a
 * temporary folder (clusters.ts), set up and torn down here. Replay on the replica is
 * paused to show which database answered: what the primary has and the replica not yet.
 */

const why = inject('databaseKind') !== 'server' ? 'this run uses the embedded database (the replica test runs in the real-server run)' : unavailable()
if (why) console.warn(`SKIPPED: read replica test because ${why}`)

describe.skipIf(!!why)('reads from a streaming replica', () => {
  let clusters: Clusters
  let primary: Sql
  let replica: Sql
  let app: ReturnType<typeof createApp>
  const items = '/api/collections/compensation_areas/items?limit=10000'
  const names = async (headers: Record<string, string> = {}) => {
    const res = await app.request(items, { headers })
    expect(res.status).toBe(200)
    return ((await res.json()) as any).features.map((f: any) => f.properties.name) as string[]
  }
  const untilReplayed = async (sql: Sql, name: string) => {
    for (let i = 0; i < 200; i++) {
      const [row] = await sql`select count(*)::int as n from compensation_areas where name = ${name}`
      if (row!.n > 0) return
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`${name} never reached the replica`)
  }

  beforeAll(async () => {
    clusters = await startClusters()
    primary = postgres(clusters.primaryUrl, { onnotice: () => {}, max: 4 })
    replica = postgres(clusters.replicaUrl, { onnotice: () => {}, max: 4, connect_timeout: 2 })
    await prepareDatabase(primary)
    app = createApp({ sql: primary, readSql: replica, log: false, rateLimits: { writes: { seconds: 60, max: 1_000_000 } } })
  }, 300_000)

  afterAll(async () => {
    await primary?.end()
    await replica?.end({ timeout: 1 })
    await clusters?.close()
  })

  it('replays a write on the primary to the replica, and serves it from there', async () => {
    await primary`insert into compensation_areas (name, municipality_ags, measure_type, status, eco_points_total, geom)
      values ('Replikat eins', ${AGS.borchen}, 'streuobstwiese', 'verfuegbar', 100, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(await freeSquare(primary, AGS.borchen, 7001))}::text), 4326)))`
    await untilReplayed(replica, 'Replikat eins')
    expect(await names()).toContain('Replikat eins')
  })

  it('reads collections from the replica: a write it has not replayed yet is not there', async () => {
    await replica`select pg_wal_replay_pause()`
    try {
      await primary`update compensation_areas set name = 'Replikat zwei' where name = 'Replikat eins'`
      expect(await names()).toContain('Replikat eins')
      expect(await names()).not.toContain('Replikat zwei')
    } finally {
      await replica`select pg_wal_replay_resume()`
    }
    await untilReplayed(replica, 'Replikat zwei')
    expect(await names()).toContain('Replikat zwei')
  })

  it('lets a writer read its own write at once, while the replica lags behind', async () => {
    const as = await sessions(primary)
    await replica`select pg_wal_replay_pause()`
    try {
      const res = await app.request('/api/collections/compensation_areas/items', json('POST', {
        type: 'Feature', geometry: await freeSquare(primary, AGS.borchen, 7002),
        properties: { name: 'Eigene Schreibung', municipality_ags: AGS.borchen, measure_type: 'streuobstwiese', eco_points_total: 100 },
      }, as.borchen))
      expect(res.status).toBe(201)
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('atlas_wrote='))!.split(';')[0]!
      expect(await names({ Cookie: `${as.borchen.Cookie}; ${cookie}` })).toContain('Eigene Schreibung')
      expect(await names()).not.toContain('Eigene Schreibung')
    } finally {
      await replica`select pg_wal_replay_resume()`
    }
  })

  it('keeps serving collections and tiles from the primary when the replica is down', async () => {
    clusters.stopReplica()
    expect(await names()).toContain('Replikat zwei')
    const [site] = await primary<{ lon: number; lat: number }[]>`select ST_X(ST_PointOnSurface(geom)) as lon, ST_Y(ST_PointOnSurface(geom)) as lat from development_land order by id limit 1`
    const res = await app.request(tilePath('development_land', tileOf(site!.lon, site!.lat, 14)))
    expect(res.status).toBe(200)
    expect((await app.request('/api/collections')).status).toBe(200)
  })
})
