import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { fixExtendedProtocol } from './extended-protocol-fix.ts'
import { slimPostgis } from './postgis-bundle.ts'

export interface EmbeddedServer {
  host: string
  port: number
  stop(): Promise<void>
}

/**
 * Starts PGlite with PostGIS in this process and exposes it on a loopback port, so
 * that postgres.js talks to it exactly as to a real server. PGlite runs one query
 * at a time; the socket server queues connections, and callers should use a pool
 * of one connection so that transactions never interleave.
 */
export async function startEmbedded(dataDir: string): Promise<EmbeddedServer> {
  await mkdir(dataDir, { recursive: true })
  const db = await PGlite.create({
    dataDir,
    extensions: { postgis: await slimPostgis() },
    // PostgreSQL's 128 MB default of shared buffers sits in the WebAssembly heap; the seed is 40 MB.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
  })
  fixExtendedProtocol(db)
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 })
  await server.start()
  const [host = '127.0.0.1', port] = server.getServerConn().split(':')
  return {
    host,
    port: Number(port),
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
