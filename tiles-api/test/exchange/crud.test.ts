import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { BORCHEN_POINT, exchangeApp, exchangeHistory, inDays, ITEMS, json, postFixtures, sessions, validPost } from './support.ts'

/* Posting, changing and closing: status, ETag, audit, and what the board then shows. */

const sql = testSql()
const app = exchangeApp(sql)
const fx = postFixtures(sql)

async function create(properties: Record<string, unknown> = validPost(), geometry: unknown = BORCHEN_POINT) {
  const { borchen } = await sessions(sql)
  const res = await app.request(ITEMS, json('POST', { type: 'Feature', geometry, properties }, borchen))
  const body = (await res.json()) as any
  if (res.status === 201) fx.track(body.id)
  return { res, body }
}

const onBoard = async (id: number) => {
  const body = (await (await app.request(`${ITEMS}?municipality_ags=05774012&limit=1000`)).json()) as any
  return body.features.some((f: any) => f.id === id)
}

describe('exchange post writes', () => {
  it('posts a request with 201, Location, ETag and an audit row, and lists it on the board', async () => {
    const { res, body } = await create()
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toMatch(new RegExp(`/api/collections/exchange_posts/items/${body.id}$`))
    expect(res.headers.get('ETag')).toBe(`"exchange-${body.id}-v1-full"`)
    expect(body.properties).toMatchObject({ type: 'suche', municipality: 'Borchen', contact_email: 'test@example.org', version: 1, expired: false, sample: false })
    expect(body.geometry).toEqual(BORCHEN_POINT)
    expect(await onBoard(body.id)).toBe(true)
    const history = await exchangeHistory(sql, body.id)
    expect(history.map((h) => [h.action, h.account_email])).toEqual([['create', 'borchen@regiopol.example']])
  })

  it('posts without a location and with an expiry of today (the last day shown)', async () => {
    const { res, body } = await create({ ...validPost(), expires_on: inDays(0) }, null)
    expect(res.status).toBe(201)
    expect(body.geometry).toBeNull()
    expect(await onBoard(body.id)).toBe(true)
  })

  it('changes a post with If-Match, bumps the version and audits before and after', async () => {
    const { body, res } = await create()
    const { borchen } = await sessions(sql)
    const patched = await app.request(`${ITEMS}/${body.id}`, json('PATCH', { properties: { title: 'Mähraupe dringend gesucht', contact_consent: true } }, { ...borchen, 'If-Match': res.headers.get('ETag')! }))
    expect(patched.status).toBe(200)
    expect(patched.headers.get('ETag')).toBe(`"exchange-${body.id}-v2"`)
    expect(((await patched.json()) as any).properties).toMatchObject({ title: 'Mähraupe dringend gesucht', version: 2, contact_consent: true })
    const [, update] = await exchangeHistory(sql, body.id)
    expect(update!.action).toBe('update')
    expect(update!.before.title).toBe('Testbeitrag Mähraupe gesucht')
    expect(update!.after.title).toBe('Mähraupe dringend gesucht')
  })

  it('accepts the weak form of the ETag that a gzip-compressed response carries', async () => {
    const p = await fx.post()
    const { borchen } = await sessions(sql)
    const res = await app.request(`${ITEMS}/${p.id}`, json('PATCH', { properties: { title: 'Über gzip gelesen' } }, { ...borchen, 'If-Match': `W/${p.etag}` }))
    expect(res.status).toBe(200)
  })

  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const p = await fx.post()
    const { borchen } = await sessions(sql)
    const body = { properties: { title: 'Überschrieben' } }
    expect((await app.request(`${ITEMS}/${p.id}`, json('PATCH', body, borchen))).status).toBe(428)
    const stale = await app.request(`${ITEMS}/${p.id}`, json('PATCH', body, { ...borchen, 'If-Match': `"exchange-${p.id}-v7"` }))
    expect(stale.status).toBe(412)
    expect(((await stale.json()) as any).currentETag).toBe(p.etag)
    const [row] = await sql`select title, version from exchange_posts where id = ${p.id}`
    expect(row).toEqual({ title: 'Testbeitrag', version: 1 })
  })

  it('lets exactly one of two changes with the same If-Match win', async () => {
    const p = await fx.post()
    const { borchen, admin } = await sessions(sql)
    const statuses = await Promise.all([
      app.request(`${ITEMS}/${p.id}`, json('PATCH', { properties: { title: 'Fassung A' } }, { ...borchen, 'If-Match': p.etag })),
      app.request(`${ITEMS}/${p.id}`, json('PATCH', { properties: { title: 'Fassung B' } }, { ...admin, 'If-Match': p.etag })),
    ]).then((r) => r.map((x) => x.status).sort())
    expect(statuses).toEqual([200, 412])
  })

  it('closes a post: 204, gone from the board, kept with closed_on, audited, and no longer editable', async () => {
    const { body, res } = await create()
    const { borchen, viewer } = await sessions(sql)
    const closed = await app.request(`${ITEMS}/${body.id}`, { method: 'DELETE', headers: { ...borchen, 'If-Match': res.headers.get('ETag')! } })
    expect(closed.status).toBe(204)
    expect(await onBoard(body.id)).toBe(false)
    const all = (await (await app.request(`${ITEMS}?include=expired&municipality_ags=05774012&limit=1000`, { headers: viewer })).json()) as any
    const kept = all.features.find((f: any) => f.id === body.id)
    expect(kept.properties.expired).toBe(true)
    expect(kept.properties.closed_on).toBe(new Date().toISOString().slice(0, 10))
    expect((await exchangeHistory(sql, body.id)).map((h) => h.action)).toEqual(['create', 'close'])
    const again = await app.request(`${ITEMS}/${body.id}`, json('PATCH', { properties: { title: 'Wieder da' } }, { ...borchen, 'If-Match': '"exchange-' + body.id + '-v2"' }))
    expect(again.status).toBe(409)
  })

  it('revives an expired post by a new expiry date', async () => {
    const p = await fx.post({ expiresInDays: -3 })
    const { borchen } = await sessions(sql)
    expect(await onBoard(p.id)).toBe(false)
    const res = await app.request(`${ITEMS}/${p.id}`, json('PATCH', { properties: { expires_on: inDays(10) } }, { ...borchen, 'If-Match': p.etag }))
    expect(res.status).toBe(200)
    expect(await onBoard(p.id)).toBe(true)
  })
})
