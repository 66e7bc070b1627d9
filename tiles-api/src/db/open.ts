import postgres, { type Sql } from 'postgres'
import { startEmbedded } from './embedded.ts'

export interface Database {
  sql: Sql
  kind: 'embedded' | 'server'
  /** Closes the pool and, for the embedded database, flushes and closes it. */
  close(): Promise<void>
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined
  pgliteDataDir: string
}

const common = { onnotice: () => {} }

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const sql = postgres(options.databaseUrl, { ...common, max: 10 })
    return { sql, kind: 'server', close: () => sql.end({ timeout: 5 }) }
  }
  const embedded = await startEmbedded(options.pgliteDataDir)
  const sql = postgres({ ...common, host: embedded.host, port: embedded.port, user: 'postgres', database: 'postgres', max: 1 })
  return {
    sql,
    kind: 'embedded',
    async close() {
      await sql.end({ timeout: 5 })
      await embedded.stop()
    },
  }
}
