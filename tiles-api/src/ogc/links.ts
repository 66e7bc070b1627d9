import type { Context } from 'hono'

export interface Link {
  href: string
  rel: string
  type?: string
  title?: string
}

/**
 * The absolute base URL of the OGC API (`…/api`). A reverse proxy's X-Forwarded-*
 * headers count only with TRUST_PROXY: otherwise anyone could plant foreign links in
 * responses that a shared cache then serves to others.
 */
export function apiBase(c: Context): string {
  const url = new URL(c.req.url)
  const forwarded = (name: string) => (c.get('trustProxy') ? c.req.header(name)?.split(',')[0]?.trim() : undefined)
  const proto = forwarded('X-Forwarded-Proto') ?? url.protocol.replace(':', '')
  const host = forwarded('X-Forwarded-Host') ?? url.host
  return `${proto}://${host}/api`
}

/** The current request's URL with some query parameters replaced. */
export function withParams(c: Context, changes: Record<string, string | number | null>): string {
  const url = new URL(c.req.url)
  const out = new URL(apiBase(c) + url.pathname.replace(/^\/api/, '').replace(/\/+$/, ''))
  url.searchParams.forEach((v, k) => out.searchParams.append(k, v))
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) out.searchParams.delete(k)
    else out.searchParams.set(k, String(v))
  }
  return out.toString()
}

export const GEOJSON = 'application/geo+json'
export const JSON_TYPE = 'application/json'
export const HTML = 'text/html'
export const SCHEMA_TYPE = 'application/schema+json'
