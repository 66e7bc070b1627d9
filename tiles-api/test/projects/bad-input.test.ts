import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { BORCHEN_POINT, json, projectApp, projectFixtures, projectSnapshot, sessions, validProperties } from './support.ts'

/* Every bad body gets its status and a problem naming the field; nothing is stored. */

const sql = testSql()
const app = projectApp(sql)
const fx = projectFixtures(sql)
const ITEMS = '/api/collections/projects/items'
const feature = (properties: Record<string, unknown>, geometry: unknown = BORCHEN_POINT) => ({ type: 'Feature', geometry, properties })
const props = (change: Record<string, unknown>) => ({ ...validProperties(), ...change })
const square = (x: number, y: number, d = 0.01) => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] })

const cases: [string, unknown, number, string][] = [
  ['an unknown action field', feature(props({ action_field: 'verkehr' })), 422, 'action_field'],
  ['an unknown status', feature(props({ status: 'fertig' })), 422, 'status'],
  ['an end before the start', feature(props({ start_date: '2025-05-01', end_date: '2025-04-30' })), 422, 'end_date'],
  ['a malformed date', feature(props({ start_date: '1.5.2025' })), 422, 'start_date'],
  ['a malformed e-mail address', feature(props({ contact_email: 'erika(at)example.org' })), 422, 'contact_email'],
  ['letters in the phone number', feature(props({ contact_phone: 'call me' })), 422, 'contact_phone'],
  ['no municipality', feature(props({ municipality_ags: [] })), 422, 'municipality_ags'],
  ['a municipality outside the region', feature(props({ municipality_ags: ['05774012', '05315000'] })), 422, 'unknown-municipality'],
  ['a server-owned field', feature(props({ version: 3 })), 422, 'version'],
  ['an unknown field', feature(props({ colour: 'red' })), 422, 'colour'],
  ['a missing title', feature(props({ title: undefined })), 422, 'title'],
  ['a javascript: link', feature(props({ links: ['javascript:alert(1)'] })), 422, 'links'],
  ['a LineString location', feature(props({}), { type: 'LineString', coordinates: [[8.7, 51.6], [8.8, 51.7]] }), 422, 'Point'],
  ['a point outside the region (Berlin)', feature(props({}), { type: 'Point', coordinates: [13.4, 52.5] }), 422, 'outside-region'],
  ['a point with lon/lat swapped', feature(props({}), { type: 'Point', coordinates: [51.66, 8.72] }), 422, 'swapped-coordinates'],
  ['a polygon reaching far out of the region', feature(props({}), square(8.5, 51.3, 0.5)), 422, 'outside-region'],
  ['a self-intersecting polygon', feature(props({}), { type: 'Polygon', coordinates: [[[8.71, 51.65], [8.72, 51.66], [8.72, 51.65], [8.71, 51.66], [8.71, 51.65]]] }), 422, 'invalid-geometry'],
  ['an unclosed ring', feature(props({}), { type: 'Polygon', coordinates: [[[8.71, 51.65], [8.72, 51.65], [8.72, 51.66], [8.71, 51.66]]] }), 422, 'geschlossen'],
  ['malformed JSON', '{"type": "Feature",', 400, 'invalid-json'],
]

describe('bad project bodies', () => {
  it.each(cases)('refuses %s and stores nothing', async (_name, body, status, mention) => {
    const { borchen } = await sessions(sql)
    const before = await projectSnapshot(sql)
    const res = await app.request(ITEMS, json('POST', body, borchen))
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await res.text()).toContain(mention)
    expect(await projectSnapshot(sql)).toBe(before)
  })

  it('refuses a PATCH with an end before the stored start, and an empty PATCH, storing nothing', async () => {
    const p = await fx.project()
    await sql`update projects set start_date = '2025-06-01' where id = ${p.id}`
    const { admin } = await sessions(sql)
    const before = await projectSnapshot(sql)
    for (const body of [{ properties: { end_date: '2025-01-01' } }, {}, { properties: { id: 5 } }]) {
      const res = await app.request(`${ITEMS}/${p.id}`, json('PATCH', body, { ...admin, 'If-Match': '*' }))
      expect(res.status, JSON.stringify(body)).toBe(422)
    }
    expect(await projectSnapshot(sql)).toBe(before)
  })

  it('answers 404 for a malformed id', async () => {
    const { admin } = await sessions(sql)
    expect((await app.request(`${ITEMS}/abc`, json('PATCH', { properties: { status: 'idee' } }, { ...admin, 'If-Match': '*' }))).status).toBe(404)
    expect((await app.request('/api/projects/abc')).status).toBe(404)
  })
})
