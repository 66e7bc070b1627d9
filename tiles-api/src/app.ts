import { Hono } from 'hono'
import { compress } from 'hono/compress'
import type { Sql } from 'postgres'
import type { AppEnv } from './auth/principal.ts'
import type { Window } from './db/queries/rate-limits.ts'
import { authenticate } from './middleware/auth.ts'
import { corsForReads } from './middleware/cors.ts'
import { idempotency } from './middleware/idempotency.ts'
import { notFound, onError } from './middleware/problem.ts'
import { requestLog } from './middleware/request-log.ts'
import { securityHeaders } from './middleware/security.ts'
import { jsonOnly, limitBody, rateLimitWrites, sameOrigin, SMALL_BODY_BYTES } from './middleware/writes.ts'
import { defaultLoginLimits, type LoginLimits } from './auth/login-limits.ts'
import { exchangePosts } from './features/exchange/routes.ts'
import { pool } from './features/pool/routes.ts'
import { network } from './features/network/routes.ts'
import { municipalities } from './features/profiles/routes.ts'
import { projects } from './features/projects/routes.ts'
import { writableCollections } from './features/writable.ts'
import { auth } from './routes/auth.ts'
import { collections } from './routes/collections.ts'
import { exports } from './export/routes.ts'
import { imports } from './import/routes.ts'
import { health } from './routes/health.ts'
import { landing } from './routes/landing.ts'
import { DEFAULT_ALLOWED_HOSTS } from './ogc/links.ts'
import { viewer } from './routes/viewer.ts'
import { readRouting } from './replicas/routing.ts'
import { tileRoutes } from './tiles/routes.ts'

export interface RateLimits extends LoginLimits {
  /** Writes per account, across all instances. */
  writes: Window
}

export const defaultRateLimits: RateLimits = {
  ...defaultLoginLimits,
  writes: { seconds: 60, max: 300 },
}

export interface AppDeps {
  sql: Sql
  /** A streaming replica for reads of collections and tiles (DATABASE_READ_URL). */
  readSql?: Sql
  /** Folder of the built viewer; without it only the API is served. */
  viewerDir?: string
  /** Where request log lines go; `false` for none (tests). */
  log?: ((line: string) => void) | false
  /** Behind a reverse proxy: trust X-Forwarded-For and X-Forwarded-Host. */
  trustProxy?: boolean
  /** Further origins whose pages may write with a session cookie. */
  allowedOrigins?: readonly string[]
  rateLimits?: Partial<RateLimits>
  /** Where the API is reached from outside (links in responses); see ogc/links.ts. */
  publicUrl?: string
  /** Without publicUrl: hosts whose name may appear in links. */
  allowedHosts?: readonly string[]
}

/** Builds the whole HTTP app; server.ts alone knows ports and signals. */
export function createApp({ sql, readSql, viewerDir, log, trustProxy = false, allowedOrigins = [], rateLimits, publicUrl, allowedHosts = DEFAULT_ALLOWED_HOSTS }: AppDeps) {
  const limits = { ...defaultRateLimits, ...rateLimits }
  // strict: false — every path answers with and without a trailing slash (users paste both; QGIS and the OGC test suite send it).
  const app = new Hono<AppEnv>({ strict: false })
  if (log !== false) app.use(requestLog(log))
  app.use(async (c, next) => {
    c.set('trustProxy', trustProxy)
    c.set('publicUrl', publicUrl?.replace(/\/+$/, ''))
    c.set('allowedHosts', allowedHosts)
    await next()
  })
  const routing = readSql && readRouting(sql, readSql, (req) => Promise.resolve(app.fetch(req)))
  const reads = routing ? routing.sql : sql
  if (routing) app.use('/api/*', routing.middleware)
  app.use(compress())
  app.use(securityHeaders())
  app.use('/api/*', corsForReads())
  // Every write: size, JSON only, who is calling, same origin for cookies, rate limit, Idempotency-Key.
  app.use('/api/auth/*', limitBody(SMALL_BODY_BYTES))
  app.use('/api/*', limitBody(), jsonOnly(), authenticate(sql), sameOrigin({ allowedOrigins, trustProxy }), rateLimitWrites(sql, limits.writes), idempotency(sql))
  app.route('/', health(sql))
  app.route('/api', landing)
  app.route('/api/auth', auth(sql, limits, trustProxy))
  app.route('/api', tileRoutes({ read: reads, write: sql }))
  app.route('/api/collections', exports(sql))
  app.route('/api/collections', collections(reads, writableCollections))
  app.route('/api/compensation-areas', pool(sql))
  app.route('/api/projects', projects(sql))
  app.route('/api/exchange-posts', exchangePosts(sql))
  app.route('/api/municipalities', municipalities(sql))
  app.route('/api/imports', imports(sql))
  app.route('/api/network', network(sql))
  if (viewerDir) app.route('/', viewer(viewerDir))
  app.onError(onError)
  app.notFound(notFound)
  return app
}

export type App = ReturnType<typeof createApp>
