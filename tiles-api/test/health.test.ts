import postgres from 'postgres'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { testApp } from './support/app.ts'

describe('health endpoints', () => {
  const app = testApp()

  it('answers /healthz while the process runs', async () => {
    expect((await app.request('/healthz')).status).toBe(200)
  })

  it('answers /readyz when the database answers', async () => {
    const res = await app.request('/readyz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ready' })
  })

  it('answers /readyz with 503 problem details when the database is gone', async () => {
    // Port 9 (discard) has no PostgreSQL on it: the connection is refused.
    const gone = postgres('postgres://postgres@127.0.0.1:9/none', { max: 1, connect_timeout: 1 })
    const res = await createApp({ sql: gone, log: false }).request('/readyz')
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(((await res.json()) as any).detail).toContain('Datenbank')
    await gone.end({ timeout: 0 })
  })

  it('answers a read with 503 and Retry-After, without internals, while the database is away', async () => {
    const broken = postgres('postgres://postgres@127.0.0.1:9/none', { max: 1, connect_timeout: 1 })
    const res = await createApp({ sql: broken, log: false }).request('/api/collections/rail_stops/items')
    expect(res.status).toBe(503)
    expect(res.headers.get('Retry-After')).toBe('5')
    const body: any = await res.json()
    expect(body.type).toBe('/problems/database-unavailable')
    expect(body.detail).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/)
    await broken.end({ timeout: 0 })
  })
})
