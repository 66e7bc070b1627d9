import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { openPglite } from '../db/embedded.ts'

/*
 * Backups of both databases. A real server: pg_dump's custom format (-Fc), restored
 * with pg_restore into an empty database, stopping at the first error (a restore that
 * "ignores" errors silently loses tables). The embedded database: PGlite's own dump of
 * the data folder (a gzip'd tarball), loaded into a new, empty folder. Both refuse to
 * overwrite: restoring over live data is a decision for a person, not for a script.
 */

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', (e) => reject(new Error(`${command} could not be started (${e.message}); install the PostgreSQL client tools`)))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))))
  })
}

export async function dumpServer(databaseUrl: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${databaseUrl}`])
}

/** Restores into an empty database (create it first with createdb). */
export async function restoreServer(databaseUrl: string, file: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', `--dbname=${databaseUrl}`, file])
}

/** Dumps the embedded data folder; takes its lock, so the server must be stopped. */
export async function dumpEmbedded(dataDir: string, file: string): Promise<void> {
  const { db, close } = await openPglite(dataDir)
  try {
    const tarball = await db.dumpDataDir('gzip')
    await writeFile(file, Buffer.from(await tarball.arrayBuffer()))
  } finally {
    await close()
  }
}

/** Loads a dump into a new data folder, which must be missing or empty. */
export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  const existing = await readdir(dataDir).catch(() => [])
  if (existing.length > 0) throw new Error(`${dataDir} is not empty; restore into a new folder (PGLITE_DATA_DIR) or move the old one away first`)
  const { close } = await openPglite(dataDir, new Blob([await readFile(file)]))
  await close()
}
