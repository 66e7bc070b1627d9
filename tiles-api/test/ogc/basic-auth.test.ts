import { describe, expect, it } from 'vitest'
import { createToken } from '../../src/db/queries/accounts.ts'
import { testApp, testSql } from '../support/app.ts'

/* QGIS 3.22 offers Basic authentication only: e-mail + API token as the password. */

const sql = testSql()
const app = testApp(sql)
const basic = (user: string, password: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` })

async function tokenFor(email: string) {
  const [account] = await sql<{ id: number }[]>`select id from accounts where email = ${email}`
  return (await createToken(sql, account!.id, 'QGIS Basic-Test')).token as string
}

describe('HTTP Basic with an API token', () => {
  it('signs in with the e-mail address and an API token as the password', async () => {
    const token = await tokenFor('borchen@regiopol.example')
    const res = await app.request('/api/auth/me', { headers: basic('borchen@regiopol.example', token) })
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('borchen@regiopol.example')
  })

  it('serves the signed-in representation to a Basic client (restricted fields)', async () => {
    const token = await tokenFor('borchen@regiopol.example')
    const res = await app.request('/api/collections/compensation_areas/items?limit=1', { headers: basic('Borchen@Regiopol.example', token) })
    expect(res.status).toBe(200)
    expect(Object.keys(((await res.json()) as any).features[0].properties)).toContain('authority_file_number')
  })

  it('refuses the account password with 401, WWW-Authenticate and a hint to use a token', async () => {
    const res = await app.request('/api/collections', { headers: basic('borchen@regiopol.example', 'Borchen-Demo-2026') })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="Regiopol Atlas"/)
    expect(((await res.json()) as any).detail).toContain('API-Token')
  })

  it('refuses a token of another account', async () => {
    const token = await tokenFor('paderborn@regiopol.example')
    const res = await app.request('/api/auth/me', { headers: basic('borchen@regiopol.example', token) })
    expect(res.status).toBe(401)
  })

  it('asks anonymous writers for credentials with WWW-Authenticate', async () => {
    const res = await app.request('/api/collections/compensation_areas/items', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('Basic')
  })
})
