import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres, { type Sql } from 'postgres'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { dumpEmbedded, dumpServer, restoreEmbedded, restoreServer } from '../src/backup/backup.ts'
import { openDatabase } from '../src/db/open.ts'
import { prepareDatabase } from '../src/db/prepare.ts'

const work = await mkdtemp(join(tmpdir(), 'regiopol-backup-'))
afterAll(() => rm(work, { recursive: true, force: true }))

/** What a restored copy must answer exactly as the original: counts, balances, ledgers, history, search. */
async function snapshot(sql: Sql) {
  const app = createApp({ sql, log: false })
  const tables = ['municipalities', 'rail_stops', 'development_land', 'compensation_areas', 'compensation_bookings',
    'projects', 'exchange_posts', 'accounts', 'audit_log', 'layer_versions', 'migrations']
  const counts: Record<string, number> = {}
  for (const t of tables) counts[t] = (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(t)}`)[0]!.n
  const balances = await sql`select id, status, eco_points_available from compensation_areas_public order by id`
  const ledger = await sql`select id, area_id, kind, status, points from compensation_bookings order by id`
  const history = await sql`select id, entity, action, before, after from audit_log order by id`
  const search = await app.request('/api/projects/search?q=mobil')
  const profiles = await app.request('/api/municipalities')
  return {
    counts, balances: [...balances], ledger: [...ledger], history: [...history],
    search: { status: search.status, ids: ((await search.json()) as any).items?.map((i: any) => i.id) },
    municipalities: { status: profiles.status, items: ((await profiles.json()) as any).items?.length },
  }
}

describe('a backup of the PostgreSQL server', () => {
  const url = inject('databaseUrl')
  const onServer = inject('databaseKind') === 'server'
  if (!onServer) console.log('SKIPPED: pg_dump/pg_restore round trip, because the tests run on the embedded database (set DATABASE_URL)')

  it.runIf(onServer)('restores into a new database that answers exactly as the original', async () => {
    const original = postgres(url, { onnotice: () => {} })
    const copyName = `${new URL(url).pathname.slice(1)}_restore_${process.pid}`
    const copyUrl = Object.assign(new URL(url), { pathname: `/${copyName}` }).toString()
    await original.unsafe(`drop database if exists "${copyName}"`)
    await original.unsafe(`create database "${copyName}"`)
    const copy = postgres(copyUrl, { onnotice: () => {} })
    try {
      await dumpServer(url, join(work, 'atlas.dump'))
      await restoreServer(copyUrl, join(work, 'atlas.dump'))
      const before = await snapshot(original)
      expect(before.counts.projects).toBeGreaterThan(0)
      expect(before.search.ids.length).toBeGreaterThan(0)
      expect(await snapshot(copy)).toEqual(before)
    } finally {
      await copy.end()
      await original.unsafe(`drop database if exists "${copyName}" with (force)`)
      await original.end()
    }
  })
})

describe('a backup of the embedded database', () => {
  it('restores into a new data folder that answers exactly as the original', async () => {
    const first = await openDatabase({ pgliteDataDir: join(work, 'original') })
    await prepareDatabase(first.sql)
    await first.sql`update compensation_areas set name = name || ' (gesichert)' where id = 1`
    await first.close()
    await dumpEmbedded(join(work, 'original'), join(work, 'atlas.tar.gz'))
    await restoreEmbedded(join(work, 'atlas.tar.gz'), join(work, 'restored'))

    const original = await openDatabase({ pgliteDataDir: join(work, 'original') })
    const before = await snapshot(original.sql)
    await original.close()
    const restored = await openDatabase({ pgliteDataDir: join(work, 'restored') })
    const after = await snapshot(restored.sql)
    const [renamed] = await restored.sql`select name from compensation_areas where id = 1`
    await restored.close()
    expect(renamed!.name).toMatch(/\(gesichert\)$/)
    expect(after).toEqual(before)
  }, 600_000) // migrating and seeding a new embedded database takes a minute or more

  it('refuses to restore over a folder that holds data', async () => {
    await expect(restoreEmbedded(join(work, 'atlas.tar.gz'), join(work, 'original'))).rejects.toThrow(/not empty/)
  })
})
