import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/**
 * The built viewer (viewer/dist) on the same port as the API. Hashed assets are
 * cached for a year; any other path gets index.html, so deep links into the
 * single-page app work.
 */
export function viewer(distDir: string) {
  const app = new Hono()
  if (!existsSync(join(distDir, 'index.html'))) {
    return app.get('/', (c) => c.text('Der Viewer ist nicht gebaut: npm start baut ihn (oder npm run build).', 503))
  }
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.use('*', serveStatic({ root: distDir }))
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound()
    c.header('Cache-Control', 'no-cache')
    return c.html(await readFile(join(distDir, 'index.html'), 'utf8'))
  })
  return app
}
