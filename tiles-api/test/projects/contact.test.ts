import { describe, expect, it } from 'vitest'
import { getJson, testSql } from '../support/app.ts'
import { projectApp, projectFixtures, sessions } from './support.ts'

/* GDPR: contact details only with consent, or for those who may edit the project. */

const sql = testSql()
const app = projectApp(sql)
const fx = projectFixtures(sql)
const CONTACT = ['contact_name', 'contact_role', 'contact_email', 'contact_phone']

describe('contact details', () => {
  it('shows the contact of a project with consent to anonymous clients (Dorfauto Borchen, id 2)', async () => {
    const { body } = await getJson(app, '/api/projects/2')
    expect(body.properties.contact_consent).toBe(true)
    expect(body.properties.contact_email).toBeTruthy()
  })

  it('hides the contact of a project without consent from anonymous clients (IMOK, id 3)', async () => {
    const { res, body } = await getJson(app, '/api/projects/3')
    expect(res.status).toBe(200)
    expect(body.properties.contact_consent).toBe(false)
    for (const key of CONTACT) expect(body.properties).not.toHaveProperty(key)
    expect(JSON.stringify(body)).not.toContain('@')
    expect(res.headers.get('Cache-Control')).toContain('private')
  })

  it('hides it from viewers and from editors of other municipalities, shows it to the owner and the admin', async () => {
    const p = await fx.project({ ags: ['05774012'], consent: false })
    const s = await sessions(sql)
    const seen = async (who: keyof typeof s) => {
      const { body } = await getJson(app, `/api/projects/${p.id}`, { headers: s[who] })
      return body.properties.contact_email ?? null
    }
    expect({ anonymous: await seen('anonymous'), viewer: await seen('viewer'), paderborn: await seen('paderborn'), borchen: await seen('borchen'), admin: await seen('admin') })
      .toEqual({ anonymous: null, viewer: null, paderborn: null, borchen: 'geheim@example.org', admin: 'geheim@example.org' })
  })

  it('never serves contact fields through the OGC collection, not even with consent', async () => {
    for (const path of ['/api/collections/projects/items?limit=100', '/api/collections/projects/items/2']) {
      const res = await app.request(path)
      expect(res.status).toBe(200)
      const text = await res.text()
      for (const key of CONTACT) expect(text, path).not.toContain(key)
    }
  })
})
