import { Hono } from 'hono'
import type { Sql } from 'postgres'
import { DatabaseUnavailable } from '../errors.ts'

const READY_TIMEOUT_MS = 2000

/** Liveness (the process answers) and readiness (the database answers, too). */
export function health(sql: Sql) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS).unref())
      try {
        await Promise.race([sql`select 1`, timeout])
      } catch {
        throw new DatabaseUnavailable()
      }
      return c.json({ status: 'ready' })
    })
}
