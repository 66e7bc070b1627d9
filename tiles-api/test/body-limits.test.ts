import { describe, expect, it } from 'vitest'
import { assertDepth } from '../src/middleware/json-limits.ts'
import { json, poolApp, sessions } from './pool/support.ts'
import { testSql } from './support/app.ts'

/* One anonymous request must not keep the server busy: size per route, nesting depth. */

const sql = testSql()
const app = poolApp(sql)
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('body limits', () => {
  it('refuses a 2 MB body to the login with 413 before reading it', async () => {
    const res = await app.request('/api/auth/login', json('POST', nested(1024 * 1024), { 'Content-Length': String(2 * 1024 * 1024) }))
    expect(res.status).toBe(413)
    expect(((await res.json()) as any).detail).toContain('16 KB')
  })

  it('refuses a 100,000-deep bracket body to a project write with 400 json-too-deep', async () => {
    const { borchen } = await sessions(sql)
    const res = await app.request('/api/collections/projects/items', json('POST', nested(100_000), borchen))
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).type).toBe('/problems/json-too-deep')
  })

  it('counts brackets inside strings as text, not as nesting', () => {
    expect(() => assertDepth(JSON.stringify({ title: nested(1000) }))).not.toThrow()
    expect(() => assertDepth(JSON.stringify({ title: 'a\\"[[[[' }))).not.toThrow()
  })

  it('accepts 32 levels and refuses 33', () => {
    expect(() => assertDepth(nested(32))).not.toThrow()
    expect(() => assertDepth(nested(33))).toThrow(/32 Ebenen/)
  })
})
