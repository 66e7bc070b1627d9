import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { loadConfig } from './config.ts'
import { openDatabase } from './db/open.ts'
import { drainable } from './drain.ts'
import { prepareDatabase } from './db/prepare.ts'

const log = (msg: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg, ...extra }))

const config = loadConfig()
const started = performance.now()
const db = await openDatabase({ databaseUrl: config.DATABASE_URL, databaseReadUrl: config.DATABASE_READ_URL, pgliteDataDir: config.PGLITE_DATA_DIR }).catch((e: Error) => {
  // A held data folder (another server, the accounts CLI) or an unreachable server: one clear line.
  console.error(e.message)
  process.exit(1)
})
const prepared = await prepareDatabase(db.sql, { demoAccounts: config.DEMO_ACCOUNTS })
log('database ready', { kind: db.kind, ...prepared, ms: Math.round(performance.now() - started) })

const app = createApp({
  sql: db.sql,
  ...(db.readSql && { readSql: db.readSql }),
  viewerDir: config.VIEWER_DIST,
  trustProxy: config.TRUST_PROXY,
  allowedOrigins: config.ALLOWED_ORIGINS,
  allowedHosts: config.ALLOWED_HOSTS,
  ...(config.PUBLIC_URL && { publicUrl: config.PUBLIC_URL }),
  ...(config.LOG_FORMAT === 'off' && { log: false as const }) })
const gate = drainable(app.fetch)
const server = serve({ fetch: gate.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  log('listening', { url: `http://localhost:${info.port}/`, api: `http://localhost:${info.port}/api` })
})
gate.attach(server)

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log('shutting down', { signal })
  // New requests get 503 + Connection: close; those in flight finish; then the connections close.
  await gate.drain(server, 10_000)
  await db.close()
  log('stopped')
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
