import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { lockDataDir } from './data-dir-lock.ts'
import { fixExtendedProtocol } from './extended-protocol-fix.ts'
import { slimPostgis } from './postgis-bundle.ts'

export interface EmbeddedServer {
  host: string
  port: number
  stop(): Promise<void>
}

/** Opens the data folder under its lock (DataDirLocked while another process has it). */
export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<{ db: PGlite; close(): Promise<void> }> {
  await mkdir(dataDir, { recursive: true })
  const unlock = lockDataDir(dataDir)
  try {
    const db = await PGlite.create({
      dataDir,
      extensions: { postgis: await slimPostgis() },
      // PostgreSQL's 128 MB default of shared buffers sits in the WebAssembly heap; the seed is 40 MB.
      startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
      ...(loadDataDir && { loadDataDir }),
    })
    return {
      db,
      async close() {
        await db.close()
        unlock()
      },
    }
  } catch (e) {
    unlock()
    throw e
  }
}

/**
 * Starts PGlite with PostGIS in this process and exposes it on a loopback port, so
 * that postgres.js talks to it exactly as to a real server. PGlite runs one query
 * at a time; the socket server queues connections, and callers should use a pool
 * of one connection so that transactions never interleave.
 */
export async function startEmbedded(dataDir: string): Promise<EmbeddedServer> {
  const { db, close } = await openPglite(dataDir)
  fixExtendedProtocol(db)
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 })
  await server.start()
  const [host = '127.0.0.1', port] = server.getServerConn().split(':')
  return {
    host,
    port: Number(port),
    async stop() {
      await server.stop()
      await close()
    },
  }
}
