import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testSql } from './support/app.ts'
import { json, poolApp, sessions, type Who } from './pool/support.ts'

/*
 * Over real HTTP (not app.request): @hono/node-server hands every DELETE a body
 * stream, so "has a body" must come from the headers. A browser's DELETE without
 * a body was refused with 415 before.
 */
describe('writes over real HTTP', () => {
  const sql = testSql()
  let server: ServerType
  let base = ''
  let as: Record<Who, Record<string, string>>
  beforeAll(async () => {
    as = await sessions(sql)
    const app = poolApp(sql)
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
    })
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const withOrigin = (who: Who) => ({ ...as[who], Origin: base })

  it('revokes a token with a DELETE that has no body and no Content-Type', async () => {
    const created = await fetch(`${base}/api/auth/tokens`, json('POST', { name: 'HTTP-Test' }, withOrigin('borchen')))
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: number }
    const res = await fetch(`${base}/api/auth/tokens/${id}`, { method: 'DELETE', headers: withOrigin('borchen') })
    expect(res.status).toBe(204)
    const listed = (await (await fetch(`${base}/api/auth/tokens`, { headers: withOrigin('borchen') })).json()) as { tokens: { id: number }[] }
    expect(listed.tokens.map((t) => t.id)).not.toContain(id)
  })

  it('still refuses a write whose body is not JSON with 415', async () => {
    const res = await fetch(`${base}/api/auth/tokens`, { method: 'POST', body: 'name=x', headers: { ...withOrigin('borchen'), 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(res.status).toBe(415)
  })
})
