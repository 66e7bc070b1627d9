import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { startEmbedded, type EmbeddedServer } from '../../src/db/embedded.ts'
import { embeddedClientOptions } from '../../src/db/open.ts'
import { prepareDatabase } from '../../src/db/prepare.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    databaseKind: 'embedded' | 'server'
  }
}

/**
 * One database for the whole run: the real server named by DATABASE_URL, or an
 * embedded PGlite in a temporary folder. Migrated and seeded once; each test file
 * connects to it over the PostgreSQL protocol like the API does.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined
  let dir: string | undefined
  let url = process.env.DATABASE_URL
  if (!url) {
    dir = await mkdtemp(join(tmpdir(), 'regiopol-test-'))
    embedded = await startEmbedded(dir)
    url = `postgres://postgres@${embedded.host}:${embedded.port}/postgres`
  }
  const sql = postgres(url, { ...embeddedClientOptions, onnotice: () => {} })
  await prepareDatabase(sql)
  await sql.end()
  console.log(`tiles-api tests run against the ${embedded ? 'embedded PGlite' : 'PostgreSQL server'} database`)
  project.provide('databaseUrl', url)
  project.provide('databaseKind', embedded ? 'embedded' : 'server')
  return async () => {
    await embedded?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  }
}
