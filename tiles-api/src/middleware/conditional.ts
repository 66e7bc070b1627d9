import type { Context } from 'hono'

/** Bump when the JSON a route writes changes shape, so old cached copies stop matching. */
const FORMAT_REVISION = 1

/**
 * Sets ETag and Cache-Control for a data version. Clients revalidate every time
 * (cheap: one indexed lookup), so a write is visible at once while unchanged
 * layers cost no transfer.
 */
export function cacheHeaders(c: Context, version: string): string {
  const etag = `W/"r${FORMAT_REVISION}-${version}"`
  c.header('ETag', etag)
  c.header('Cache-Control', 'public, max-age=0, must-revalidate')
  return etag
}

/** Sets the cache headers and answers 304 when the client already holds this version. */
export function notModified(c: Context, version: string): Response | undefined {
  const etag = cacheHeaders(c, version)
  const ifNoneMatch = c.req.header('If-None-Match')
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    return c.body(null, 304)
  }
  return undefined
}
