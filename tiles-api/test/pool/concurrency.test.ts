import postgres from 'postgres'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { testSql } from '../support/app.ts'
import { AGS, fixtures, json, sessions } from './support.ts'

/*
 * Real concurrency needs the real server: the embedded PGlite serves one connection,
 * so there every request would simply wait for the one before.
 */

const onServer = inject('databaseKind') === 'server'
if (!onServer) {
  console.warn('\n⚠️  SKIPPED: pool concurrency tests need a PostgreSQL server (set DATABASE_URL); PGlite serialises all connections.\n')
}

const sql = testSql()
const fx = fixtures(sql)
// A pool of 20 connections, as a busy API instance would have.
const pooled = postgres(inject('databaseUrl'), { max: 20, onnotice: () => {} })
afterAll(() => pooled.end())
const app = createApp({ sql: pooled, log: false, rateLimits: { writes: { seconds: 60, max: 1_000_000 } } })

describe.skipIf(!onServer)('the pool under concurrent requests (real server)', () => {
  it('lets exactly the affordable ones of 50 simultaneous reservations through and never overdraws', async () => {
    const as = await sessions(sql)
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    const requests = Array.from({ length: 50 }, (_, i) =>
      app.request(`/api/compensation-areas/${area.id}/bookings`, json('POST', { intervention_name: `Eingriff ${i}`, municipality_ags: AGS.borchen, points: 30 }, as.borchen)),
    )
    const statuses = (await Promise.all(requests)).map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(33) // 33 × 30 = 990 ≤ 1000 < 34 × 30
    expect(statuses.filter((s) => s === 409)).toHaveLength(17)
    const [row] = await sql<{ booked: number; available: number; status: string }[]>`
      select (select sum(points)::int from compensation_bookings where area_id = ${area.id} and status = 'aktiv') as booked,
             eco_points_available as available, status from compensation_areas_public where id = ${area.id}`
    expect(row).toEqual({ booked: 990, available: 10, status: 'verfuegbar' })
    const [audit] = await sql<{ n: number }[]>`select count(*)::int as n from audit_log where area_id = ${area.id} and action = 'reserve'`
    expect(audit!.n).toBe(33)
  })

  it('with mixed sizes never lets the balance go below zero', async () => {
    const as = await sessions(sql)
    const area = await fx.area({ ags: AGS.borchen, points: 500 })
    const sizes = Array.from({ length: 50 }, (_, i) => 5 + ((i * 37) % 60))
    const results = await Promise.all(sizes.map((points, i) =>
      app.request(`/api/compensation-areas/${area.id}/bookings`, json('POST', { intervention_name: `Mix ${i}`, municipality_ags: AGS.borchen, points }, as.borchen))))
    const granted = sizes.filter((_, i) => results[i]!.status === 201).reduce((a, b) => a + b, 0)
    const [row] = await sql<{ available: number }[]>`select eco_points_available as available from compensation_areas_public where id = ${area.id}`
    expect(granted).toBeLessThanOrEqual(500)
    expect(row!.available).toBe(500 - granted)
    // Every refused request really did not fit when its turn came.
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true)
  })

  it('lets one of two PATCHes with the same If-Match win; the other gets 412', async () => {
    const as = await sessions(sql)
    const area = await fx.area({ ags: AGS.borchen })
    // Hold the area's row lock so that both PATCHes are provably inside their transactions,
    // both past the If-Match header and both waiting for the row, before either may go on.
    let unlock!: () => void
    const held = new Promise<void>((resolve) => (unlock = resolve))
    let locked!: () => void
    const isLocked = new Promise<void>((resolve) => (locked = resolve))
    const holder = pooled.begin(async (tx) => {
      await tx`select id from compensation_areas where id = ${area.id} for update`
      locked()
      await held
    })
    await isLocked
    const patch = (name: string) => app.request(`/api/collections/compensation_areas/items/${area.id}`,
      json('PATCH', { properties: { name } }, { ...as.borchen, 'If-Match': area.etag }))
    const requests = [patch('Erste Fassung'), patch('Zweite Fassung')]
    await waitForLockWaiters(2)
    unlock()
    await holder
    const statuses = (await Promise.all(requests)).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 412])
    const [row] = await sql<{ version: number }[]>`select version from compensation_areas where id = ${area.id}`
    expect(row!.version).toBe(area.version + 1)
  })
})

/** Waits until `n` statements of this database wait for a row lock on compensation_areas. */
async function waitForLockWaiters(n: number) {
  for (let i = 0; i < 200; i++) {
    const [row] = await pooled<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock' and query ilike '%from compensation_areas%for update%'`
    if (row!.n >= n) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`fewer than ${n} requests came to wait for the row lock within 5 s`)
}
