import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { testSql } from './support/app.ts'

/*
 * Twenty failed logins at once used to occupy all of libuv's threads with scrypt, so a
 * gzip'd read (zlib runs on the same threads) waited up to 40 s. With the hashing queue
 * it waits for nothing: the limit below is an order of magnitude under the old figure.
 */

const sql = testSql()
const app = createApp({ sql, log: false, rateLimits: { perAddress: { seconds: 900, max: 1000 } } })
let server: ServerType
let base = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`
      resolve()
    })
  })
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

async function timedRead(): Promise<number> {
  const started = performance.now()
  const res = await fetch(`${base}/api/collections/rail_stops/items?limit=100`, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(res.headers.get('content-encoding')).toBe('gzip')
  expect(((await res.json()) as any).numberMatched).toBe(52)
  return performance.now() - started
}

describe('a flood of failed logins', () => {
  it('leaves gzip\'d reads fast while twenty wrong passwords are checked', async () => {
    const quiet = await timedRead()
    const flood = Array.from({ length: 20 }, (_, i) =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `flut-${i}-${Date.now()}@regiopol.example`, password: 'falsch' }),
      }))
    await new Promise((resolve) => setTimeout(resolve, 300)) // the hashes are running now
    const reads = [await timedRead(), await timedRead(), await timedRead()]
    const statuses = (await Promise.all(flood)).map((r) => r.status)
    console.log(`gzip'd read: ${Math.round(quiet)} ms quiet, ${reads.map(Math.round).join(' / ')} ms during 20 failed logins (${statuses.filter((s) => s === 401).length} × 401, ${statuses.filter((s) => s === 503).length} × 503)`)
    expect(Math.max(...reads)).toBeLessThan(4000)
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true)
  })
})
