import { readFileSync, rmSync, writeFileSync } from 'node:fs'

/*
 * PGlite is a database inside this process: two processes on one data folder each
 * believe they own it, and whatever the second writes is lost or corrupts the first.
 * A lock file beside the folder names the owner's pid; it is created atomically
 * (O_EXCL) before the folder is opened, and one left by a process that died is taken over.
 */

export class DataDirLocked extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`The embedded database in ${dataDir} is in use by process ${pid} (the running API server?). ` +
      'Stop that process first, or run this against a PostgreSQL server with DATABASE_URL.')
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export const lockPath = (dataDir: string) => `${dataDir.replace(/\/+$/, '')}.lock`

/** Takes the folder's lock or throws DataDirLocked; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const path = lockPath(dataDir)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' })
      return () => {
        if (ownerOf(path) === process.pid) rmSync(path, { force: true })
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const owner = ownerOf(path)
      if (owner !== undefined && alive(owner)) throw new DataDirLocked(dataDir, owner)
      rmSync(path, { force: true }) // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dataDir}`)
}

function ownerOf(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}
