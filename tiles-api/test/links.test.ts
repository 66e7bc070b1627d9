import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app.ts'
import { testSql } from './support/app.ts'

const sql = testSql()
const forwarded = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' }

describe('absolute links', () => {
  it('ignore X-Forwarded headers unless the proxy is trusted', async () => {
    const res = await createApp({ sql, log: false }).request('http://localhost:8080/api', { headers: forwarded })
    const body: any = await res.json()
    expect(body.links[0].href).toBe('http://localhost:8080/api')
  })

  it('follow X-Forwarded headers behind a trusted proxy for an allowed host', async () => {
    const proxy = createApp({ sql, log: false, trustProxy: true, allowedHosts: ['atlas.example.org'] })
    const res = await proxy.request('http://localhost:8080/api', { headers: { 'X-Forwarded-Host': 'atlas.example.org', 'X-Forwarded-Proto': 'https' } })
    const body: any = await res.json()
    expect(body.links[0].href).toBe('https://atlas.example.org/api')
    expect(res.headers.get('Vary')).toContain('X-Forwarded-Host')
  })

  it('never copy a Host outside the allow-list into a publicly cacheable answer', async () => {
    const res = await createApp({ sql, log: false }).request('http://evil.example/api/collections/rail_stops/items?limit=1')
    expect(res.headers.get('Cache-Control')).toContain('public')
    const text = await res.text()
    expect(text).not.toContain('evil.example')
    expect(JSON.parse(text).links[0].href).toBe('/api/collections/rail_stops/items?limit=1')
    expect(res.headers.get('Vary')).toContain('Host')
  })

  it('never copy a forwarded host outside the allow-list, even behind a trusted proxy', async () => {
    const res = await createApp({ sql, log: false, trustProxy: true }).request('http://localhost:8080/api', { headers: forwarded })
    expect(await res.text()).not.toContain('evil.example')
  })

  it('come from PUBLIC_URL whatever the Host says', async () => {
    const app = createApp({ sql, log: false, publicUrl: 'https://atlas.example.org/regiopol/' })
    const res = await app.request('http://evil.example/api/collections/rail_stops/items?limit=1&offset=0')
    const body: any = await res.json()
    expect(body.links[0].href).toBe('https://atlas.example.org/regiopol/api/collections/rail_stops/items?limit=1&offset=0')
    expect(body.links.find((l: any) => l.rel === 'next').href).toBe('https://atlas.example.org/regiopol/api/collections/rail_stops/items?limit=1&after=1')
  })
})

describe('the PUBLIC_URL setting', () => {
  it('refuses a PUBLIC_URL with a query string, naming the variable', async () => {
    const { loadConfig } = await import('../src/config.ts')
    expect(() => loadConfig({ PUBLIC_URL: 'https://atlas.example.org/?x=1' })).toThrow(/PUBLIC_URL/)
    expect(loadConfig({ PUBLIC_URL: 'https://atlas.example.org' }).PUBLIC_URL).toBe('https://atlas.example.org')
  })
})
