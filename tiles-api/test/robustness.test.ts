import { describe, expect, it } from 'vitest'
import { testApp } from './support/app.ts'

const app = testApp()

describe('requests that try to break the server', () => {
  it.each([
    ['a broken percent escape in the collection', '/api/collections/%ZZ/items'],
    ['a truncated UTF-8 escape in the feature id', '/api/collections/rail_stops/items/%E0%A4%A'],
    ['an infinite bbox number', '/api/collections/rail_stops/items?bbox=1e400,51,9,52'],
    ['a NUL byte in a filter', '/api/collections/rail_stops/items?name=%00'],
    ['a 20,000-character filter', `/api/collections/rail_stops/items?name=${'x'.repeat(20_000)}`],
    ['a limit beyond 2^64', '/api/collections/rail_stops/items?limit=99999999999999999999999'],
    ['an offset beyond 2^64', '/api/collections/rail_stops/items?offset=99999999999999999999999'],
    ['an SQL injection attempt', "/api/collections/rail_stops/items?name=';drop table rail_stops;--"],
    ['a path traversal in the feature id', '/api/collections/municipalities/items/..%2F..%2Fetc%2Fpasswd'],
  ])('answers %s with a 4xx or an empty result, never a 5xx', async (_, path) => {
    const res = await app.request(path)
    expect(res.status).toBeLessThan(500)
  })

  it('still has every rail stop after an injection attempt', async () => {
    await app.request("/api/collections/rail_stops/items?name=';drop table rail_stops;--")
    const res = await app.request('/api/collections/rail_stops/items?limit=1')
    expect(((await res.json()) as any).numberMatched).toBe(52)
  })

  it('never answers 5xx to random query strings', async () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const keys = ['bbox', 'limit', 'offset', 'name', 'category', 'in_region', 'rail_products', 'f', 'x']
    const values = ['', ',', '1', '-1', 'abc', '8,51,9,52', 'NaN', 'true', '1,2,3,4,5', '%', '9.9e9', 'regional']
    for (let i = 0; i < 300; i++) {
      const params = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const k = keys[Math.floor(random() * keys.length)]!
        return `${k}=${encodeURIComponent(values[Math.floor(random() * values.length)]!)}`
      })
      const res = await app.request(`/api/collections/rail_stops/items?${params.join('&')}`)
      expect(res.status, params.join('&')).toBeLessThan(500)
    }
  })
})
