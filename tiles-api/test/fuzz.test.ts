import { describe, expect, inject, it } from 'vitest'
import { poolApp, sessions } from './pool/support.ts'
import { testSql } from './support/app.ts'

/*
 * Fuzzed requests across every route of the app (read from Hono's route table, so a new
 * route is fuzzed without touching this file): odd path parameters, query strings and
 * JSON bodies, anonymous and as the region office. None may answer 5xx. Ids are never
 * ones that exist, so no seeded record can change.
 */

const sql = testSql()
const app = poolApp(sql)
const onServer = inject('databaseKind') === 'server' || process.env.CI === 'true'
const COUNT = onServer ? 10_000 : 1_000

let seed = 20261208
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!

const ids = ['999999', '0', '-1', 'abc', '%00', '%E2%82%AC', '1e9', '99999999999999999999', '..%2F..', "'%3B--", '%C3%A4', '']
const keys = ['q', 'limit', 'offset', 'bbox', 'lon', 'lat', 'points', 'type', 'category', 'municipality', 'status', 'tag',
  'action_field', 'include', 'f', 'name', 'email', 'password', 'to', 'reason', 'kind', 'intervention_name', 'municipality_ags',
  'properties', 'geometry', 'title', 'expires_on', 'valid_until', 'expires_in_days', 'coordinates', 'contact_consent']
const scalars: unknown[] = ['', 'x', '\u0000', 'ä€😀', '<script>', "'; drop table projects; --", '-1', '1e400', 'NaN', 'null',
  0, -1, 1.5, 1e308, 2 ** 53, true, false, null, '05774012', '09999999', 'Feature', 'Point', 'stillgelegt', 'reservierung',
  '2026-13-45', 'a'.repeat(5000), [8.7, 51.6], [51.6, 8.7], []]

function value(depth: number): unknown {
  const r = random()
  if (depth > 3 || r < 0.6) return pick(scalars)
  if (r < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(keys), value(depth + 1)]))
}

const query = () => Array.from({ length: Math.floor(random() * 4) }, () =>
  `${pick(keys)}=${encodeURIComponent(String(pick(scalars))).slice(0, 200)}`).join('&')

function body(): string {
  const r = random()
  if (r < 0.1) return '{"type": "Feature",'
  if (r < 0.15) return '['.repeat(50) + ']'.repeat(50)
  return JSON.stringify(value(0))
}

const routes = app.routes
  .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
  .map((r) => ({ method: r.method, path: r.path }))
  .filter((r, i, all) => all.findIndex((o) => o.method === r.method && o.path === r.path) === i)

describe('fuzzed requests', () => {
  it(`never answer 5xx to ${COUNT} requests across every route`, async () => {
    expect(routes.length).toBeGreaterThan(30)
    const { admin } = await sessions(sql)
    const failures: string[] = []
    for (let i = 0; i < COUNT; i++) {
      const route = pick(routes)
      const path = route.path.replace(/:[a-zA-Z]+/g, () => pick(ids))
      const q = query()
      const url = `${path}${q ? `?${q}` : ''}`
      const write = !['GET', 'HEAD'].includes(route.method)
      const headers: Record<string, string> = random() < 0.7 ? { ...admin } : {}
      if (write) headers['Content-Type'] = 'application/json'
      const res = await app.request(url, { method: route.method, headers, ...(write && { body: body() }) })
      if (res.status >= 500) failures.push(`${route.method} ${url} → ${res.status}`)
      await res.arrayBuffer()
    }
    expect(failures).toEqual([])
  }, 1_800_000)
})
