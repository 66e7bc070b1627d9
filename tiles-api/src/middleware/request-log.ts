import type { MiddlewareHandler } from 'hono'

/**
 * One JSON line per request: method, path (no query string, which may carry names),
 * status, duration. No addresses, no headers.
 */
export function requestLog(write: (line: string) => void = (l) => process.stdout.write(l + '\n')): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now()
    await next()
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      }),
    )
  }
}
