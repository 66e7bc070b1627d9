import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { BORCHEN_POINT, exchangeApp, exchangeSnapshot, inDays, ITEMS, json, postFixtures, sessions, validPost } from './support.ts'

/* Every bad body gets its status and a problem naming the field or the rule; nothing is stored. */

const sql = testSql()
const app = exchangeApp(sql)
const fx = postFixtures(sql)
const feature = (properties: Record<string, unknown>, geometry: unknown = BORCHEN_POINT) => ({ type: 'Feature', geometry, properties })
const props = (change: Record<string, unknown>) => ({ ...validPost(), ...change })

const cases: [string, unknown, number, string][] = [
  ['malformed JSON', '{"type": "Feature",', 400, 'invalid-json'],
  ['an unknown type', feature(props({ type: 'tausche' })), 422, 'type'],
  ['an unknown category', feature(props({ category: 'feuerwehr' })), 422, 'category'],
  ['an unknown field', feature(props({ colour: 'red' })), 422, 'Unbekanntes Feld „colour“'],
  ['a server-owned id', feature(props({ id: 99 })), 422, 'wird vom Server vergeben'],
  ['a server-owned version', feature(props({ version: 3 })), 422, 'version'],
  ['a server-owned sample flag', feature(props({ sample: true })), 422, 'sample'],
  ['a server-owned closed_on', feature(props({ closed_on: '2026-01-01' })), 422, 'closed_on'],
  ['an expiry in the past', feature(props({ expires_on: inDays(-1) })), 422, 'expiry-in-past'],
  ['an expiry more than a year ahead', feature(props({ expires_on: inDays(400) })), 422, 'expiry-too-late'],
  ['a malformed expiry', feature(props({ expires_on: '31.12.2026' })), 422, 'expires_on'],
  ['no expiry', feature(props({ expires_on: undefined })), 422, 'expires_on'],
  ['a malformed e-mail address', feature(props({ contact_email: 'erika(at)example.org' })), 422, 'contact_email'],
  ['a municipality outside the region (Bielefeld)', feature(props({ municipality_ags: '05711000' })), 403, 'forbidden'],
  ['a point outside the region (Berlin)', feature(props({}), { type: 'Point', coordinates: [13.4, 52.5] }), 422, 'outside-region'],
  ['a point with lon/lat swapped', feature(props({}), { type: 'Point', coordinates: [51.66, 8.72] }), 422, 'swapped-coordinates'],
  ['a point in the region’s box but outside its municipalities (Bielefeld)', feature(props({}), { type: 'Point', coordinates: [8.53, 52.02] }), 422, 'outside-region'],
  ['a polygon as location', feature(props({}), { type: 'Polygon', coordinates: [[[8.71, 51.65], [8.72, 51.65], [8.72, 51.66], [8.71, 51.65]]] }), 422, 'Point'],
  ['a title of two letters', feature(props({ title: 'ab' })), 422, 'title'],
]

describe('bad exchange post bodies', () => {
  it.each(cases)('refuses %s and stores nothing', async (_name, body, status, mention) => {
    const { borchen } = await sessions(sql)
    const before = await exchangeSnapshot(sql)
    const res = await app.request(ITEMS, json('POST', body, borchen))
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await res.text()).toContain(mention)
    expect(await exchangeSnapshot(sql)).toBe(before)
  })

  it('refuses a municipality outside the region for the admin with 422, storing nothing', async () => {
    const { admin } = await sessions(sql)
    const before = await exchangeSnapshot(sql)
    const res = await app.request(ITEMS, json('POST', feature(props({ municipality_ags: '05711000' })), admin))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('unknown-municipality')
    expect(await exchangeSnapshot(sql)).toBe(before)
  })

  it('refuses a 10 MB body with 413 and stores nothing', async () => {
    const { borchen } = await sessions(sql)
    const before = await exchangeSnapshot(sql)
    const res = await app.request(ITEMS, json('POST', JSON.stringify(feature(props({ description: 'x'.repeat(10 * 1024 * 1024) }))), borchen))
    expect(res.status).toBe(413)
    expect(await exchangeSnapshot(sql)).toBe(before)
  })

  it('refuses PATCHes that move the post to another municipality, set a past expiry, are empty or stale, storing nothing', async () => {
    const p = await fx.post()
    const { borchen } = await sessions(sql)
    const before = await exchangeSnapshot(sql)
    const bodies: [unknown, string, number][] = [
      [{ properties: { municipality_ags: '05774032' } }, p.etag, 422],
      [{ properties: { expires_on: inDays(-2) } }, p.etag, 422],
      [{}, p.etag, 422],
      [{ properties: { title: 'Neu' } }, `"exchange-${p.id}-v0"`, 412],
      [{ geometry: { type: 'Point', coordinates: [13.4, 52.5] } }, p.etag, 422],
    ]
    for (const [body, etag, status] of bodies) {
      const res = await app.request(`${ITEMS}/${p.id}`, json('PATCH', body, { ...borchen, 'If-Match': etag }))
      expect(res.status, JSON.stringify(body)).toBe(status)
    }
    expect(await exchangeSnapshot(sql)).toBe(before)
  })

  it('answers 404 for a malformed or unknown id', async () => {
    const { admin } = await sessions(sql)
    expect((await app.request(`${ITEMS}/abc`, json('PATCH', { properties: { title: 'Neu' } }, { ...admin, 'If-Match': '*' }))).status).toBe(404)
    expect((await app.request(`${ITEMS}/999999`, { method: 'DELETE', headers: { ...admin, 'If-Match': '*' } })).status).toBe(404)
    expect((await app.request('/api/exchange-posts/abc')).status).toBe(404)
  })
})
