import { describe, expect, it } from 'vitest'
import { testApp, testSql } from './support/app.ts'

const sql = testSql()
const app = testApp(sql)
const url = '/api/collections/development_land/items?limit=5'

describe('HTTP caching', () => {
  it('sends an ETag and Cache-Control with every read', async () => {
    const res = await app.request(url)
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/)
    expect(res.headers.get('cache-control')).toContain('must-revalidate')
  })

  it('answers 304 with no body when the client holds the current version', async () => {
    const etag = (await app.request(url)).headers.get('etag')!
    const res = await app.request(url, { headers: { 'If-None-Match': etag } })
    expect(res.status).toBe(304)
    expect(await res.text()).toBe('')
  })

  it('changes the ETag when the layer data changes, and only that layer’s', async () => {
    const before = (await app.request(url)).headers.get('etag')
    const stopsBefore = (await app.request('/api/collections/rail_stops/items')).headers.get('etag')
    await sql`update development_land set description = description where id = (select min(id) from development_land)`
    const after = await app.request(url, { headers: { 'If-None-Match': before! } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
    expect((await app.request('/api/collections/rail_stops/items')).headers.get('etag')).toBe(stopsBefore)
  })

  it('compresses large responses for clients that accept gzip', async () => {
    const res = await app.request('/api/collections/municipalities/items', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const plain = await app.request('/api/collections/municipalities/items')
    expect(plain.headers.get('content-encoding')).toBeNull()
  })
})
