import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { projectHistory } from '../../src/features/projects/queries.ts'
import { BORCHEN_POINT, json, projectApp, projectFixtures, sessions, validProperties } from './support.ts'

const sql = testSql()
const app = projectApp(sql)
const fx = projectFixtures(sql)
const ITEMS = '/api/collections/projects/items'

async function create(properties: Record<string, unknown> = validProperties(), geometry: unknown = BORCHEN_POINT) {
  const { borchen } = await sessions(sql)
  const res = await app.request(ITEMS, json('POST', { type: 'Feature', geometry, properties }, borchen))
  const body = (await res.json()) as any
  if (res.status === 201) fx.track(body.id)
  return { res, body }
}

describe('project writes', () => {
  it('creates a project with 201, Location, ETag and an audit row', async () => {
    const { res, body } = await create()
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toMatch(new RegExp(`/api/collections/projects/items/${body.id}$`))
    expect(res.headers.get('ETag')).toBe(`"project-${body.id}-v1-full"`)
    expect(body.properties).toMatchObject({ title: 'Testprojekt Mitfahrbank', municipalities: ['Borchen'], contact_email: 'test@example.org', version: 1 })
    expect(body.geometry).toEqual(BORCHEN_POINT)
    const history = await projectHistory(sql, body.id)
    expect(history.map((h) => [h.action, h.account_email])).toEqual([['create', 'borchen@regiopol.example']])
  })

  it('creates a project without a location and with a polygon', async () => {
    expect((await create(validProperties(), null)).body.geometry).toBeNull()
    const square = { type: 'Polygon', coordinates: [[[8.71, 51.65], [8.72, 51.65], [8.72, 51.66], [8.71, 51.66], [8.71, 51.65]]] }
    const { res, body } = await create(validProperties(), square)
    expect(res.status).toBe(201)
    expect(body.geometry.type).toBe('Polygon')
  })

  it('changes a project with If-Match, bumps the version and audits before and after', async () => {
    const { body, res } = await create()
    const { borchen } = await sessions(sql)
    const patched = await app.request(`${ITEMS}/${body.id}`, json('PATCH', { properties: { status: 'planung', tags: ['Dörfer', 'mitfahren'] }, geometry: null }, { ...borchen, 'If-Match': res.headers.get('ETag')! }))
    expect(patched.status).toBe(200)
    const after = (await patched.json()) as any
    expect(after.properties).toMatchObject({ status: 'planung', tags: ['dörfer', 'mitfahren'], version: 2 })
    expect(after.geometry).toBeNull()
    expect(patched.headers.get('ETag')).toBe(`"project-${body.id}-v2-full"`)
    const history = await projectHistory(sql, body.id)
    expect(history.map((h) => h.action)).toEqual(['create', 'update'])
    expect([history[1]!.before.status, history[1]!.after.status]).toEqual(['idee', 'planung'])
  })

  it('refuses a change without If-Match with 428 and with a stale ETag with 412', async () => {
    const { body } = await create()
    const { borchen } = await sessions(sql)
    const patch = { properties: { status: 'planung' } }
    expect((await app.request(`${ITEMS}/${body.id}`, json('PATCH', patch, borchen))).status).toBe(428)
    const stale = await app.request(`${ITEMS}/${body.id}`, json('PATCH', patch, { ...borchen, 'If-Match': `"project-${body.id}-v7"` }))
    expect(stale.status).toBe(412)
    expect(((await stale.json()) as any).currentETag).toBe(`"project-${body.id}-v1"`)
  })

  it('accepts the ETag of a gzip-compressed read, which the compression made weak', async () => {
    const { body } = await create()
    const { borchen } = await sessions(sql)
    const read = await app.request(`/api/projects/${body.id}`, { headers: { ...borchen, 'Accept-Encoding': 'gzip' } })
    const etag = read.headers.get('ETag')!
    expect(etag).toBe(`W/"project-${body.id}-v1-full"`)
    const patch = { properties: { status: 'planung' } }
    expect((await app.request(`${ITEMS}/${body.id}`, json('PATCH', patch, { ...borchen, 'If-Match': etag }))).status).toBe(200)
    expect((await app.request(`${ITEMS}/${body.id}`, json('PATCH', patch, { ...borchen, 'If-Match': etag }))).status).toBe(412)
  })

  it('deletes a project with If-Match and keeps its last state in the audit trail', async () => {
    const { body, res } = await create()
    const { borchen } = await sessions(sql)
    const url = `${ITEMS}/${body.id}`
    expect((await app.request(url, { method: 'DELETE', headers: borchen })).status).toBe(428)
    expect((await app.request(url, { method: 'DELETE', headers: { ...borchen, 'If-Match': res.headers.get('ETag')! } })).status).toBe(204)
    expect((await app.request(`/api/projects/${body.id}`)).status).toBe(404)
    const history = await projectHistory(sql, body.id)
    expect(history.at(-1)).toMatchObject({ action: 'delete', after: null })
    expect(history.at(-1)!.before.title).toBe('Testprojekt Mitfahrbank')
  })

  it('answers 404 for changing a project that does not exist', async () => {
    const { admin } = await sessions(sql)
    const res = await app.request(`${ITEMS}/999999`, json('PATCH', { properties: { status: 'planung' } }, { ...admin, 'If-Match': '*' }))
    expect(res.status).toBe(404)
  })

  it('lets an editor add a partner municipality but not hand the project away', async () => {
    const { body, res } = await create()
    const { borchen } = await sessions(sql)
    const url = `${ITEMS}/${body.id}`
    const away = await app.request(url, json('PATCH', { properties: { municipality_ags: ['05774032'] } }, { ...borchen, 'If-Match': res.headers.get('ETag')! }))
    expect(away.status).toBe(403)
    const added = await app.request(url, json('PATCH', { properties: { municipality_ags: ['05774012', '05774032'] } }, { ...borchen, 'If-Match': res.headers.get('ETag')! }))
    expect(added.status).toBe(200)
    expect(((await added.json()) as any).properties.municipalities).toEqual(['Borchen', 'Paderborn'])
  })
})
