import postgres, { type Sql } from 'postgres'
import { startEmbedded } from './embedded.ts'

export interface Database {
  sql: Sql
  kind: 'embedded' | 'server'
  /** The read replica's pool, when DATABASE_READ_URL is set. */
  readSql?: Sql
  /** Closes the pool and, for the embedded database, flushes and closes it. */
  close(): Promise<void>
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined
  databaseReadUrl?: string | undefined
  pgliteDataDir: string
}

const common = { onnotice: () => {} }

/**
 * PGlite is a single backend session shared by every socket connection: named
 * prepared statements of an earlier connection would collide with a later one's,
 * and a second connection would interleave with an open transaction. So: one
 * connection, unnamed statements.
 */
export const embeddedClientOptions = { max: 1, prepare: false } as const

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const sql = postgres(options.databaseUrl, { ...common, max: 10 })
    if (!options.databaseReadUrl) return { sql, kind: 'server', close: () => sql.end({ timeout: 5 }) }
    // A replica that is down must fail fast: its reads then go to the primary.
    const readSql = postgres(options.databaseReadUrl, { ...common, max: 10, connect_timeout: 2 })
    return { sql, readSql, kind: 'server', close: async () => void (await Promise.all([sql.end({ timeout: 5 }), readSql.end({ timeout: 5 })])) }
  }
  const embedded = await startEmbedded(options.pgliteDataDir)
  const sql = postgres({ ...common, ...embeddedClientOptions, host: embedded.host, port: embedded.port, user: 'postgres', database: 'postgres' })
  return {
    sql,
    kind: 'embedded',
    async close() {
      await sql.end({ timeout: 5 })
      await embedded.stop()
    },
  }
}
