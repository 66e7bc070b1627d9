import type { Context } from 'hono'

export interface Link {
  href: string
  rel: string
  type?: string
  title?: string
}

/**
 * The base URL of the OGC API (`…/api`) for links in responses, which shared caches may
 * keep and serve to others. With PUBLIC_URL configured, always that. Otherwise the
 * request's host (X-Forwarded-* only with TRUST_PROXY) only when it is in ALLOWED_HOSTS,
 * with Vary on the headers it came from; any other host gets relative links, so nothing
 * a client sends in `Host` ends up in an answer another client receives.
 */
export function apiBase(c: Context): string {
  const publicUrl = c.get('publicUrl') as string | undefined
  if (publicUrl) return `${publicUrl}/api`
  const trusted = c.get('trustProxy') as boolean
  const url = new URL(c.req.url)
  const forwarded = (name: string) => (trusted ? c.req.header(name)?.split(',')[0]?.trim() : undefined)
  const proto = forwarded('X-Forwarded-Proto') ?? url.protocol.replace(':', '')
  const host = forwarded('X-Forwarded-Host') ?? url.host
  c.header('Vary', trusted ? 'Host, X-Forwarded-Host, X-Forwarded-Proto' : 'Host', { append: true })
  const allowed = (c.get('allowedHosts') as readonly string[] | undefined) ?? DEFAULT_ALLOWED_HOSTS
  const hostname = host.replace(/:\d+$/, '').toLowerCase()
  return allowed.includes(hostname) && /^https?$/.test(proto) ? `${proto}://${host}/api` : '/api'
}

/** Hosts whose name may appear in links without PUBLIC_URL: the machine itself. */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const

/** The current request's URL with some query parameters replaced. */
export function withParams(c: Context, changes: Record<string, string | number | null>): string {
  const url = new URL(c.req.url)
  const params = new URLSearchParams(url.searchParams)
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) params.delete(k)
    else params.set(k, String(v))
  }
  const query = params.toString()
  // apiBase may be relative ('/api', for hosts outside ALLOWED_HOSTS): no URL object here.
  return apiBase(c) + url.pathname.replace(/^\/api/, '').replace(/\/+$/, '') + (query ? `?${query}` : '')
}

export const GEOJSON = 'application/geo+json'
export const JSON_TYPE = 'application/json'
export const HTML = 'text/html'
export const SCHEMA_TYPE = 'application/schema+json'
