import postgres from 'postgres'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { openDatabase } from '../src/db/open.ts'

const json = { 'Content-Type': 'application/json' }

describe('while the database is away', () => {
  // Port 9 (discard) has no PostgreSQL on it: every connection is refused.
  const gone = postgres('postgres://postgres@127.0.0.1:9/none', { max: 1, connect_timeout: 1, onnotice: () => {} })
  const app = createApp({ sql: gone, log: false })
  afterAll(() => gone.end({ timeout: 0 }))

  it('answers a login with 503 and Retry-After', async () => {
    const res = await app.request('/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ email: 'a@b.de', password: 'x' }) })
    expect(res.status).toBe(503)
    expect(res.headers.get('Retry-After')).toBe('5')
  })

  it('answers a write with a token with 503', async () => {
    const res = await app.request('/api/collections/projects/items', {
      method: 'POST', headers: { ...json, Authorization: 'Bearer atlas_x' }, body: '{}',
    })
    expect(res.status).toBe(503)
  })

  it('answers the municipality profiles with 503', async () => {
    expect((await app.request('/api/municipalities')).status).toBe(503)
  })
})

describe('a table lock held by another session', () => {
  const onServer = inject('databaseKind') === 'server'
  if (!onServer) console.log('SKIPPED: lock timeout, because the embedded database runs one statement at a time (set DATABASE_URL)')

  it.runIf(onServer)('makes reads of that table answer 503 after the lock timeout while other tables stay readable', async () => {
    const url = inject('databaseUrl')
    const db = await openDatabase({ databaseUrl: url, pgliteDataDir: '', timeouts: { statementMs: 10_000, lockMs: 300, connectSeconds: 3 } })
    const holder = postgres(url, { max: 1, onnotice: () => {} })
    const app = createApp({ sql: db.sql, log: false })
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const locked = new Promise<void>((ready) => {
      void holder.begin(async (tx) => {
        await tx`lock table projects in access exclusive mode`
        ready()
        await held
      })
    })
    try {
      await locked
      const blocked = await app.request('/api/projects/search?q=mobil')
      expect(blocked.status).toBe(503)
      expect(blocked.headers.get('Retry-After')).toBe('5')
      expect((await app.request('/api/collections/rail_stops/items?limit=1')).status).toBe(200)
    } finally {
      release()
      await holder.end()
      await db.close()
    }
  })
})
