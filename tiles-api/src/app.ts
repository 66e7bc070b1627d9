import { Hono } from 'hono'
import { compress } from 'hono/compress'
import type { Sql } from 'postgres'
import { notFound, onError } from './middleware/problem.ts'
import { requestLog } from './middleware/request-log.ts'
import { collections } from './routes/collections.ts'
import { health } from './routes/health.ts'
import { landing } from './routes/landing.ts'
import { viewer } from './routes/viewer.ts'

export interface AppDeps {
  sql: Sql
  /** Folder of the built viewer; without it only the API is served. */
  viewerDir?: string
  /** Where request log lines go; `false` for none (tests). */
  log?: ((line: string) => void) | false
}

/** Builds the whole HTTP app; server.ts alone knows ports and signals. */
export function createApp({ sql, viewerDir, log }: AppDeps) {
  const app = new Hono()
  if (log !== false) app.use(requestLog(log))
  app.use(compress())
  app.route('/', health(sql))
  app.route('/api', landing)
  app.route('/api/collections', collections(sql))
  if (viewerDir) app.route('/', viewer(viewerDir))
  app.onError(onError)
  app.notFound(notFound)
  return app
}

export type App = ReturnType<typeof createApp>
