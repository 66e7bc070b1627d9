import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { loadConfig } from './config.ts'
import { openDatabase } from './db/open.ts'
import { prepareDatabase } from './db/prepare.ts'

const log = (msg: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg, ...extra }))

const config = loadConfig()
const started = performance.now()
const db = await openDatabase({ databaseUrl: config.DATABASE_URL, databaseReadUrl: config.DATABASE_READ_URL, pgliteDataDir: config.PGLITE_DATA_DIR })
const prepared = await prepareDatabase(db.sql, { demoAccounts: config.DEMO_ACCOUNTS })
log('database ready', { kind: db.kind, ...prepared, ms: Math.round(performance.now() - started) })

const app = createApp({
  sql: db.sql,
  ...(db.readSql && { readSql: db.readSql }),
  viewerDir: config.VIEWER_DIST,
  trustProxy: config.TRUST_PROXY,
  allowedOrigins: config.ALLOWED_ORIGINS,
  ...(config.LOG_FORMAT === 'off' && { log: false as const }) })
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  log('listening', { url: `http://localhost:${info.port}/`, api: `http://localhost:${info.port}/api` })
})

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log('shutting down', { signal })
  // Stop accepting, let in-flight requests finish, then close the pool and the database.
  const forced = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), 10_000).unref()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  clearTimeout(forced)
  await db.close()
  log('stopped')
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
