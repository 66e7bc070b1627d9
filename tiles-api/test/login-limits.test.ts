import { describe, expect, it } from 'vitest'
import { slowDownMs } from '../src/auth/login-limits.ts'
import { createApp } from '../src/app.ts'
import { json } from './pool/support.ts'
import { testSql } from './support/app.ts'

const sql = testSql()
const app = createApp({ sql, log: false, trustProxy: true })
let n = 0
// A fresh documentation address per call (RFC 3849): limits counted for one test never meet another's.
const run = Math.floor(Math.random() * 0xffff).toString(16)
const address = () => `2001:db8::${run}:${(n++).toString(16)}`
const login = (email: string, password: string, from: string) =>
  app.request('/api/auth/login', json('POST', { email, password }, { 'X-Forwarded-For': from }))

/** An account with the viewer's demo password, so a correct login is possible. */
async function account(): Promise<string> {
  const [viewer] = await sql<{ password_hash: string }[]>`select password_hash from accounts where email = 'viewer@regiopol.example'`
  const email = `sperrprobe-${Date.now()}-${n++}@regiopol.example`
  await sql`insert into accounts (email, display_name, role, password_hash) values (${email}, 'Sperrprobe', 'viewer', ${viewer!.password_hash})`
  return email
}

describe('login limits', () => {
  it('checks only five of forty simultaneous wrong passwords for one account from one address', async () => {
    const email = await account()
    const from = address()
    const answers = await Promise.all(Array.from({ length: 40 }, () => login(email, 'falsch', from)))
    const statuses = answers.map((r) => r.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(35)
  })

  it('does not lock the account for another address after five wrong passwords from one', async () => {
    const email = await account()
    const attacker = address()
    for (let i = 0; i < 5; i++) expect((await login(email, 'falsch', attacker)).status).toBe(401)
    const refused = await login(email, 'Betrachter-Demo-2026', attacker)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await login(email, 'Betrachter-Demo-2026', address())).status).toBe(200)
  })

  it('lets the region office in from its own address while others guess its password', async () => {
    const office = address()
    for (let i = 0; i < 6; i++) await login('admin@regiopol.example', 'geraten', address())
    expect((await login('admin@regiopol.example', 'Regionsbuero-Demo-2026', office)).status).toBe(200)
  })

  it('takes a successful login back from the address count', async () => {
    const limited = createApp({ sql, log: false, trustProxy: true, rateLimits: { perAddress: { seconds: 900, max: 2 } } })
    const email = await account()
    const from = address()
    for (let i = 0; i < 3; i++) {
      const res = await limited.request('/api/auth/login', json('POST', { email, password: 'Betrachter-Demo-2026' }, { 'X-Forwarded-For': from }))
      expect(res.status).toBe(200)
    }
  })
})

describe('the slow-down', () => {
  it('does not delay an address that has not failed on the account, however many others failed', () => {
    expect(slowDownMs(0, 500, 5)).toBe(0)
  })

  it('delays a failing address once the account has five failures: 1 s, doubling, at most 8 s', () => {
    expect(slowDownMs(1, 4, 5)).toBe(0)
    expect(slowDownMs(1, 5, 5)).toBe(1000)
    expect(slowDownMs(2, 7, 5)).toBe(4000)
    expect(slowDownMs(3, 40, 5)).toBe(8000)
  })
})
