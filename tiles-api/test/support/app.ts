import postgres, { type Sql } from 'postgres'
import { afterAll, inject } from 'vitest'
import { createApp } from '../../src/app.ts'
import { embeddedClientOptions } from '../../src/db/open.ts'

/** A connection to the test database, closed after the file's tests. */
export function testSql(): Sql {
  const sql = postgres(inject('databaseUrl'), { ...embeddedClientOptions, onnotice: () => {} })
  afterAll(() => sql.end())
  return sql
}

/** The app over the test database, called in-process through app.request(). */
export function testApp(sql: Sql = testSql()) {
  return createApp({ sql, log: false })
}

export async function getJson<T = any>(app: ReturnType<typeof createApp>, path: string, init?: RequestInit) {
  const res = await app.request(path, init)
  return { res, body: (await res.json()) as T }
}
