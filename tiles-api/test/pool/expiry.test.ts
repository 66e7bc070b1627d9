import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { AGS, fixtures, json, poolApp, sessions } from './support.ts'

/*
 * The expired-reservation rule (migration 0015): a reservation whose valid_until lies
 * before today holds no points; it stays in the ledger as "abgelaufen" and can be booked
 * later only if the balance still covers it. The API refuses a past valid_until, so the
 * tests write such rows directly, as time passing would.
 */

const sql = testSql()
const app = poolApp(sql)
const as = await sessions(sql)
const fx = fixtures(sql)
const ledger = (id: number) => `/api/compensation-areas/${id}/bookings`

type Row = { kind: 'reservierung' | 'abbuchung'; points: number; days?: number; status?: string }

/** Ledger rows with valid_until = today + `days` (reservations only). */
async function book(areaId: number, rows: Row[]): Promise<number[]> {
  const ids: number[] = []
  for (const r of rows) {
    const [row] = await sql<{ id: number }[]>`
      insert into compensation_bookings (area_id, kind, status, intervention_name, municipality_ags, points, valid_until)
      values (${areaId}, ${r.kind}, ${r.status ?? 'aktiv'}, ${`Eingriff ${r.points}`}, ${AGS.borchen}, ${r.points},
              case when ${r.days ?? null}::int is null then null else current_date + ${r.days ?? 0}::int end)
      returning id`
    ids.push(row!.id)
  }
  return ids
}

async function publicRow(id: number) {
  const [row] = await sql<{ eco_points_available: number; status: string }[]>`
    select eco_points_available, status from compensation_areas_public where id = ${id}`
  return row!
}

describe('expired reservations', () => {
  it('no longer reduce the balance: 1000 − 300 reserved − 100 booked = 600, the expired 200 do not count', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    await book(area.id, [
      { kind: 'reservierung', points: 300, days: 30 },
      { kind: 'reservierung', points: 200, days: -1 },
      { kind: 'abbuchung', points: 100 },
      { kind: 'reservierung', points: 50, days: -10, status: 'freigegeben' },
    ])
    expect(await publicRow(area.id)).toEqual({ eco_points_available: 600, status: 'verfuegbar' })
  })

  it('count through their valid_until day (inclusive)', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    await book(area.id, [{ kind: 'reservierung', points: 400, days: 0 }])
    expect((await publicRow(area.id)).eco_points_available).toBe(600)
  })

  it('show as expired in the ledger, unexpired and closed ones do not', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    await book(area.id, [
      { kind: 'reservierung', points: 10, days: -1 },
      { kind: 'reservierung', points: 20, days: 1 },
      { kind: 'reservierung', points: 30, days: -1, status: 'freigegeben' },
      { kind: 'abbuchung', points: 40 },
    ])
    const body = (await (await app.request(ledger(area.id), { headers: as.viewer })).json()) as any
    expect(body.bookings.map((b: any) => [b.points, b.expired])).toEqual([[10, true], [20, false], [30, false], [40, false]])
  })

  it('give a fully reserved area back its status verfügbar once they expire', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 500, status: 'reserviert' })
    await book(area.id, [{ kind: 'reservierung', points: 500, days: -1 }])
    expect(await publicRow(area.id)).toEqual({ eco_points_available: 500, status: 'verfuegbar' })
    const res = await app.request(`/api/compensation-areas/offers?lon=8.76&lat=51.68&points=500&limit=100`)
    expect(((await res.json()) as any).offers.map((o: any) => o.id)).toContain(area.id)
  })

  it('can be booked while the balance covers them; the balance then drops by the booked points', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    const [expired] = await book(area.id, [{ kind: 'reservierung', points: 200, days: -1 }, { kind: 'reservierung', points: 700, days: 5 }])
    // Available before: 1000 − 700 = 300 ≥ 200.
    const res = await app.request(`${ledger(area.id)}/${expired}/book`, json('POST', {}, as.borchen))
    const body = (await res.json()) as any
    expect(res.status, JSON.stringify(body)).toBe(200)
    expect(body.booking).toMatchObject({ kind: 'abbuchung', points: 200, expired: false })
    expect(body.area.eco_points_available).toBe(100)
    expect((await publicRow(area.id)).eco_points_available).toBe(100)
  })

  it('cannot be booked with 409 when others took the points meanwhile, and nothing changes', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    const [expired] = await book(area.id, [{ kind: 'reservierung', points: 400, days: -2 }, { kind: 'reservierung', points: 700, days: 5 }])
    const res = await app.request(`${ledger(area.id)}/${expired}/book`, json('POST', {}, as.borchen))
    expect(res.status).toBe(409)
    expect(((await res.json()) as any).detail).toMatch(/nur noch 300 Ökopunkte verfügbar, angefragt waren 400\. .*abgelaufen/)
    const [row] = await sql`select kind, status from compensation_bookings where id = ${expired!}`
    expect(row).toEqual({ kind: 'reservierung', status: 'aktiv' })
    // Partly, within the balance, it can.
    const partly = await app.request(`${ledger(area.id)}/${expired}/book`, json('POST', { points: 300 }, as.borchen))
    expect(partly.status).toBe(200)
    expect((await publicRow(area.id))).toEqual({ eco_points_available: 0, status: 'reserviert' })
  })

  it('give nothing back when released or cancelled: the balance stays the same', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    const [a, b] = await book(area.id, [{ kind: 'reservierung', points: 250, days: -1 }, { kind: 'reservierung', points: 150, days: -3 }])
    const released = await app.request(`${ledger(area.id)}/${a}/release`, json('POST', { reason: 'abgelaufen, Vorhaben aufgegeben' }, as.borchen))
    expect(((await released.json()) as any).area.eco_points_available).toBe(1000)
    const cancelled = await app.request(`${ledger(area.id)}/${b}/cancel`, json('POST', { reason: 'doppelt erfasst' }, as.borchen))
    expect(((await cancelled.json()) as any).area.eco_points_available).toBe(1000)
  })

  it('do not block lowering the total to what is really held', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    await book(area.id, [{ kind: 'reservierung', points: 600, days: -1 }, { kind: 'abbuchung', points: 300 }])
    const res = await app.request(`/api/collections/compensation_areas/items/${area.id}`,
      json('PATCH', { properties: { eco_points_total: 300 } }, { ...as.borchen, 'If-Match': area.etag }))
    expect(res.status).toBe(200)
    expect(await publicRow(area.id)).toEqual({ eco_points_available: 0, status: 'zugeordnet' })
  })

  it('do not count in the municipality profile’s pool balance either', async () => {
    const profile = async () => ((await (await app.request(`/api/municipalities/${AGS.delbrueck}/profile`)).json()) as any).pool
    const area = await fx.area({ ags: AGS.delbrueck, points: 1000 })
    const before = await profile()
    await book(area.id, [{ kind: 'reservierung', points: 300, days: -1 }])
    expect((await profile()).points_available).toBe(before.points_available)
    await book(area.id, [{ kind: 'reservierung', points: 200, days: 1 }])
    expect((await profile()).points_available).toBe(before.points_available - 200)
  })
})
