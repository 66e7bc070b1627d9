import type { MiddlewareHandler } from 'hono'

/*
 * CORS for anonymous reads: any site's map or script may GET the API (the data are open).
 * `*` never carries cookies, so a foreign page reads only what anyone may read; writes get
 * no CORS grant and stay same-origin (cookie) or token clients outside a browser.
 */
const EXPOSED = 'ETag, Content-Crs, Link, Location'

export function corsForReads(): MiddlewareHandler {
  return async (c, next) => {
    const preflight = c.req.method === 'OPTIONS' && c.req.header('Origin') && c.req.header('Access-Control-Request-Method')
    if (preflight) {
      const method = c.req.header('Access-Control-Request-Method')!.toUpperCase()
      if (method !== 'GET' && method !== 'HEAD') return c.body(null, 204, { Vary: 'Origin' })
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match, Content-Crs',
        'Access-Control-Max-Age': '86400',
      })
    }
    await next()
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !c.res.headers.has('Access-Control-Allow-Origin')) {
      c.res.headers.set('Access-Control-Allow-Origin', '*')
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED)
    }
  }
}
