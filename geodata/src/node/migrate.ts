import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Sql } from 'postgres'
import { migrationsDir } from './paths.ts'

const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/
/** Any constant: keeps two API instances from migrating the same database at once. */
const MIGRATION_LOCK = 4711

export interface Migration {
  id: number
  name: string
  sql: string
}

/** The migration files in order; a gap or a duplicate number is a programming error. */
export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()
  return Promise.all(
    files.map(async (name, index) => {
      const match = FILE_PATTERN.exec(name)
      if (!match) throw new Error(`migration file name ${name} does not match NNNN_name.sql`)
      const id = Number(match[1])
      if (id !== index + 1) throw new Error(`migration ${name} is out of sequence (expected number ${index + 1})`)
      return { id, name, sql: await readFile(join(dir, name), 'utf8') }
    }),
  )
}

/**
 * Applies the migrations not yet recorded in `migrations`, forward only, each in its
 * own transaction together with its record (after porsager/postgres-shift).
 * Returns the names it applied.
 */
export async function migrate(sql: Sql, dir = migrationsDir): Promise<string[]> {
  await sql`create table if not exists migrations (
    id integer primary key, name text not null, applied_at timestamptz not null default now())`
  const applied: string[] = []
  // One read on a current database: a transaction per migration costs a disk sync each on PGlite.
  const done = new Set((await sql<{ id: number }[]>`select id from migrations`).map((r) => r.id))
  for (const m of await loadMigrations(dir)) {
    if (done.has(m.id)) continue
    const ran = await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`
      const [already] = await tx`select 1 from migrations where id = ${m.id}`
      if (already) return false
      await tx.unsafe(m.sql)
      await tx`insert into migrations (id, name) values (${m.id}, ${m.name})`
      return true
    })
    if (ran) applied.push(m.name)
  }
  return applied
}
