import { describe, expect, it } from 'vitest'
import { getJson, testSql } from '../support/app.ts'
import { BORCHEN_POINT, json, projectApp, projectFixtures, sessions, validProperties } from './support.ts'

/* GET /api/projects/{id}/history: signed-in accounts read who changed which field; contact fields only where visible. */

const sql = testSql()
const app = projectApp(sql)
const fx = projectFixtures(sql)
const ITEMS = '/api/collections/projects/items'

/** Borchen creates a project without consent, then changes status and tags. */
async function createdAndChanged() {
  const { borchen } = await sessions(sql)
  const res = await app.request(ITEMS, json('POST', { type: 'Feature', geometry: BORCHEN_POINT, properties: validProperties() }, borchen))
  const created = (await res.json()) as any
  fx.track(created.id)
  const patched = await app.request(`${ITEMS}/${created.id}`, json('PATCH', { properties: { status: 'planung', tags: ['mitfahren', 'dörfer'] } }, { ...borchen, 'If-Match': res.headers.get('ETag')! }))
  expect(patched.status).toBe(200)
  return created.id as number
}

describe('project history', () => {
  it('lists create and update with who, when and exactly the changed fields', async () => {
    const id = await createdAndChanged()
    const { borchen } = await sessions(sql)
    const { res, body } = await getJson(app, `/api/projects/${id}/history`, { headers: borchen })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toContain('private')
    expect(body.history.map((h: any) => [h.action, h.account_email])).toEqual([
      ['create', 'borchen@regiopol.example'],
      ['update', 'borchen@regiopol.example'],
    ])
    const [create, update] = body.history
    expect(update.changed.sort()).toEqual(['status', 'tags'])
    expect([update.before.status, update.after.status]).toEqual(['idee', 'planung'])
    expect(update.after.tags).toEqual(['mitfahren', 'dörfer'])
    expect(create.before).toBeNull()
    expect(create.changed).toContain('title')
    expect(create.changed).not.toContain('description') // left empty
    expect(Date.parse(update.at)).toBeGreaterThanOrEqual(Date.parse(create.at))
  })

  it('answers 401 to anonymous clients and 404 for an unknown project', async () => {
    const { borchen } = await sessions(sql)
    expect((await app.request('/api/projects/2/history')).status).toBe(401)
    expect((await app.request('/api/projects/999999/history', { headers: borchen })).status).toBe(404)
  })

  it('removes contact fields without consent for viewers and other editors, keeps them for the owner', async () => {
    const id = await createdAndChanged()
    const s = await sessions(sql)
    const contactIn = async (who: 'viewer' | 'paderborn' | 'borchen' | 'admin') => {
      const { body } = await getJson(app, `/api/projects/${id}/history`, { headers: s[who] })
      return JSON.stringify(body).includes('test@example.org')
    }
    expect({ viewer: await contactIn('viewer'), paderborn: await contactIn('paderborn'), borchen: await contactIn('borchen'), admin: await contactIn('admin') })
      .toEqual({ viewer: false, paderborn: false, borchen: true, admin: true })
    const { body } = await getJson(app, `/api/projects/${id}/history`, { headers: s.viewer })
    expect(body.history[0].changed).not.toContain('contact_email')
    expect(body.history[0].after).not.toHaveProperty('contact_name')
  })

  it('is empty for a seeded project nobody has changed yet (Dorfauto Borchen, id 2)', async () => {
    const { viewer } = await sessions(sql)
    const { res, body } = await getJson(app, '/api/projects/2/history', { headers: viewer })
    expect(res.status).toBe(200)
    expect(body).toEqual({ id: 2, history: [] })
  })

  it('shows an earlier contact person only under that person\'s own consent, not under the next one\'s', async () => {
    const { borchen, viewer, paderborn } = await sessions(sql)
    const res = await app.request(ITEMS, json('POST', { type: 'Feature', geometry: BORCHEN_POINT, properties: validProperties() }, borchen))
    const created = (await res.json()) as any
    fx.track(created.id)
    const change = { contact_name: 'Neue Person', contact_email: 'neu@example.org', contact_consent: true }
    const patched = await app.request(`${ITEMS}/${created.id}`, json('PATCH', { properties: change }, { ...borchen, 'If-Match': res.headers.get('ETag')! }))
    expect(patched.status).toBe(200)
    for (const reader of [viewer, paderborn]) {
      const { body } = await getJson(app, `/api/projects/${created.id}/history`, { headers: reader })
      const text = JSON.stringify(body)
      expect(text).not.toContain('test@example.org') // the first person never agreed
      expect(text).not.toContain('Testperson')
      expect(body.history[1].after.contact_email).toBe('neu@example.org')
    }
    const { body } = await getJson(app, `/api/projects/${created.id}/history`, { headers: borchen })
    expect(body.history[1].before.contact_email).toBe('test@example.org') // its editors entered it
  })
})
