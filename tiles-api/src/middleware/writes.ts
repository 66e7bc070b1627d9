import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { hit, type Window } from '../db/queries/rate-limits.ts'
import { Forbidden, PayloadTooLarge, TooManyRequests, UnsupportedMediaType } from '../errors.ts'

/*
 * Rules for every request that can change data (anything but GET, HEAD, OPTIONS):
 * a body limit, JSON only, the same origin for cookie-authenticated calls (with
 * SameSite=Strict a second line against cross-site requests), and a rate limit per
 * account that holds across instances.
 */

export const MAX_BODY_BYTES = 2 * 1024 * 1024
/** Login and token bodies are a few hundred bytes: a big one only costs the server time. */
export const SMALL_BODY_BYTES = 16 * 1024

/** A bulk import carries a whole file's features (10,000 polygons are about 20 MB of GeoJSON). */
export const MAX_IMPORT_BODY_BYTES = 200 * 1024 * 1024

export const isWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method)

export function limitBody(maxSize = MAX_BODY_BYTES): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({ maxSize, onError: () => { throw new PayloadTooLarge(maxSize) } })
  const importLimit = bodyLimit({ maxSize: MAX_IMPORT_BODY_BYTES, onError: () => { throw new PayloadTooLarge(MAX_IMPORT_BODY_BYTES) } })
  return (c, next) => (!isWrite(c.req.method) ? next() : c.req.path.startsWith('/api/imports/') ? importLimit(c, next) : limit(c, next))
}

/** JSON and its OGC API - Features Part 4 forms: GeoJSON (POST, PUT) and JSON Merge Patch (PATCH, RFC 7396). */
const JSON_TYPES = new Set(['application/json', 'application/geo+json', 'application/merge-patch+json'])

/**
 * JSON only, for requests that carry a body at all. Over real HTTP, @hono/node-server
 * hands every DELETE a body stream even when nothing was sent (a browser revoking a
 * token sends neither body nor Content-Type), so an empty body passes.
 */
export function jsonOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isWrite(c.req.method) && c.req.raw.body !== null) {
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase()
      if (!JSON_TYPES.has(type ?? '') && (await c.req.raw.clone().arrayBuffer()).byteLength > 0) throw new UnsupportedMediaType()
    }
    await next()
  }
}

export interface OriginOptions {
  /** Further origins allowed to write with a cookie, e.g. http://localhost:5173 for the dev server. */
  allowedOrigins: readonly string[]
  /** Trust X-Forwarded-Host (behind a reverse proxy). */
  trustProxy: boolean
}

/** Cookie-authenticated writes must come from a page of this very site. */
export function sameOrigin({ allowedOrigins, trustProxy }: OriginOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (isWrite(c.req.method) && principal?.via === 'session') {
      const origin = c.req.header('Origin')
      const host = (trustProxy && c.req.header('X-Forwarded-Host')) || c.req.header('Host') || new URL(c.req.url).host
      let ok = false
      if (origin && origin !== 'null') {
        try {
          ok = new URL(origin).host === host || allowedOrigins.includes(origin)
        } catch {
          ok = false
        }
      }
      if (!ok) throw new Forbidden(`Schreibende Anfragen mit Sitzungs-Cookie müssen von dieser Seite kommen (Origin ${origin ?? 'fehlt'}).`, 'foreign-origin')
    }
    await next()
  }
}

/** Writes per account and minute (all instances together). */
export function rateLimitWrites(sql: Sql, window: Window): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (isWrite(c.req.method) && principal) {
      const retry = await hit(sql, `write:account:${principal.accountId}`, window)
      if (retry) throw new TooManyRequests(retry, `Zu viele Änderungen in kurzer Zeit (höchstens ${window.max} pro ${window.seconds} s). Bitte in ${retry} s erneut versuchen.`)
    }
    await next()
  }
}
