import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.ts'
import { testSql } from '../support/app.ts'
import { AGS, fixtures, freeSquare, json, ORIGIN, poolApp, sessions } from './support.ts'

const sql = testSql()
const app = poolApp(sql)
const fx = fixtures(sql)
const items = '/api/collections/compensation_areas/items'

async function login(email: string, password: string, headers: Record<string, string> = {}, on = app) {
  return on.request('/api/auth/login', json('POST', { email, password }, headers))
}
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!

describe('sessions, tokens and the audit trail', () => {
  it('logs in with a demo account and sets a strict, HttpOnly session cookie', async () => {
    const res = await login('Borchen@regiopol.example', 'Borchen-Demo-2026')
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).account).toMatchObject({ email: 'borchen@regiopol.example', role: 'editor', municipality_ags: AGS.borchen })
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^atlas_session=[\w-]{43};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).toContain('Path=/')
    expect(cookie).not.toContain('Secure')
    const me = await app.request('/api/auth/me', { headers: { Cookie: cookieOf(res) } })
    expect(((await me.json()) as any).account.email).toBe('borchen@regiopol.example')
  })

  it('answers /api/auth/session with 200 and no account for an anonymous visitor, and with the account when signed in', async () => {
    const anonymous = await app.request('/api/auth/session')
    expect(anonymous.status).toBe(200)
    expect(await anonymous.json()).toEqual({ account: null })
    const res = await login('Borchen@regiopol.example', 'Borchen-Demo-2026')
    const signedIn = await app.request('/api/auth/session', { headers: { Cookie: cookieOf(res) } })
    expect(((await signedIn.json()) as any).account.email).toBe('borchen@regiopol.example')
  })

  it('marks the cookie Secure behind HTTPS', async () => {
    const res = await login('viewer@regiopol.example', 'Betrachter-Demo-2026', { 'X-Forwarded-Proto': 'https' })
    expect(res.headers.get('set-cookie')).toContain('Secure')
  })

  it('refuses a wrong password with 401 and the same message as an unknown account', async () => {
    const wrong = await login('viewer@regiopol.example', 'falsch')
    const unknown = await login('niemand@regiopol.example', 'falsch')
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(((await wrong.json()) as any).detail).toBe(((await unknown.json()) as any).detail)
  })

  it('stores only the hash of a session id', async () => {
    const res = await login('paderborn@regiopol.example', 'Paderborn-Demo-2026')
    const id = cookieOf(res).split('=')[1]!
    const rows = await sql`select 1 from sessions where id_hash = ${id}`
    expect(rows).toHaveLength(0)
  })

  it('invalidates the session on logout', async () => {
    const { borchen } = await sessions(sql)
    expect((await app.request('/api/auth/logout', { method: 'POST', headers: borchen })).status).toBe(204)
    expect((await app.request('/api/auth/me', { headers: borchen })).status).toBe(401)
    const geometry = await freeSquare(sql, AGS.borchen, 91)
    const write = await app.request(items, json('POST', { type: 'Feature', geometry, properties: { name: 'Nach Logout', municipality_ags: AGS.borchen, measure_type: 'aufforstung', eco_points_total: 5 } }, borchen))
    expect(write.status).toBe(401)
  })

  it('refuses a session idle for longer than 8 hours, and one past its 7 days', async () => {
    const { borchen, paderborn } = await sessions(sql)
    const hashOf = async (h: Record<string, string>) => {
      const { sha256 } = await import('../../src/auth/secrets.ts')
      return sha256(h.Cookie!.split('=')[1]!)
    }
    await sql`update sessions set last_seen_at = now() - interval '8 hours 1 minute' where id_hash = ${await hashOf(borchen)}`
    await sql`update sessions set expires_at = now() - interval '1 second' where id_hash = ${await hashOf(paderborn)}`
    expect((await app.request('/api/auth/me', { headers: borchen })).status).toBe(401)
    expect((await app.request('/api/auth/me', { headers: paderborn })).status).toBe(401)
  })

  it('creates a personal API token, accepts it as Bearer without Origin, and refuses it once revoked', async () => {
    const { borchen } = await sessions(sql)
    const created = await app.request('/api/auth/tokens', json('POST', { name: 'QGIS Bauamt' }, borchen))
    expect(created.status).toBe(201)
    const { id, token } = (await created.json()) as { id: number; token: string }
    expect(token).toMatch(/^atlas_/)
    const bearer = { Authorization: `Bearer ${token}` }
    const area = await fx.area({ ags: AGS.borchen })
    const patched = await app.request(`${items}/${area.id}`, json('PATCH', { properties: { description: 'per Token' } }, { ...bearer, 'If-Match': area.etag }))
    expect(patched.status).toBe(200)
    const listed = (await (await app.request('/api/auth/tokens', { headers: bearer })).json()) as any
    expect(listed.tokens.map((t: any) => t.id)).toContain(id)
    expect(JSON.stringify(listed)).not.toContain(token)
    expect((await app.request(`/api/auth/tokens/${id}`, { method: 'DELETE', headers: { ...borchen } })).status).toBe(204)
    expect((await app.request('/api/auth/me', { headers: bearer })).status).toBe(401)
    expect((await app.request(`${items}/${area.id}`, json('PATCH', { properties: { description: 'x' } }, { ...bearer, 'If-Match': '*' }))).status).toBe(401)
  })

  it('limits failed logins per address', async () => {
    const limited = createApp({ sql, log: false, trustProxy: true, rateLimits: { perAddress: { seconds: 900, max: 2 } } })
    const address = { 'X-Forwarded-For': `192.0.2.${Date.now() % 250}` }
    expect((await login('a@regiopol.example', 'x', address, limited)).status).toBe(401)
    expect((await login('b@regiopol.example', 'x', address, limited)).status).toBe(401)
    expect((await login('viewer@regiopol.example', 'Betrachter-Demo-2026', address, limited)).status).toBe(429)
  })

  it('keeps the audit trail append-only, for every role', async () => {
    await expect(sql`update audit_log set action = 'x' where id = (select min(id) from audit_log)`).rejects.toThrow(/append-only/)
    await expect(sql`delete from audit_log`).rejects.toThrow(/append-only/)
    await expect(sql`truncate audit_log`).rejects.toThrow(/append-only/)
  })

  it('sends a CSP that lets MapLibre and sql.js run (blob: workers, inline styles, opt-in basemaps, WebAssembly but no eval)', async () => {
    const res = await app.request('/api')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("worker-src 'self' blob:")
    expect(csp).toContain("img-src 'self' data: blob:")
    expect(csp).toContain('connect-src \'self\' https://sgx.geodatenzentrum.de https://tile.openstreetmap.org')
    expect(csp).toContain("style-src 'self' 'unsafe-inline'")
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('allows an Origin listed in allowedOrigins (the dev server)', async () => {
    const dev = createApp({ sql, log: false, allowedOrigins: ['http://localhost:5173'] })
    const { borchen } = await sessions(sql)
    const res = await dev.request('/api/auth/tokens', json('POST', { name: 'dev' }, { ...borchen, Origin: 'http://localhost:5173' }))
    expect(res.status).toBe(201)
    expect(ORIGIN).toBe('http://localhost')
  })
})
