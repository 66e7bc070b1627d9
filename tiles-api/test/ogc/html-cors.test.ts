import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../support/app.ts'

/* The HTML view (conformance class html) as a browser opens it, and CORS for reads, over real HTTP. */

const app = testApp()
let base = ''
let server: ServerType
beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const browser = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }

describe('HTML view', () => {
  it('answers a browser on the landing page with German HTML', async () => {
    const res = await fetch(`${base}/api/`, { headers: browser })
    expect(res.headers.get('content-type')).toContain('text/html')
    const html = await res.text()
    expect(html).toContain('<html lang="de">')
    expect(html).toContain('Sammlungen')
  })

  it('keeps JSON for clients that ask for JSON', async () => {
    const res = await fetch(`${base}/api/collections`, { headers: { Accept: 'application/json' } })
    expect(res.headers.get('content-type')).toContain('application/json')
  })

  it('lists the collections and a collection’s features as tables with f=html', async () => {
    const list = await (await fetch(`${base}/api/collections?f=html`)).text()
    expect(list).toContain('SPNV-Haltepunkte')
    const items = await (await fetch(`${base}/api/collections/rail_stops/items?f=html&bbox=8.70,51.70,8.80,51.75`)).text()
    expect(items).toContain('4 von 4 Features')
    expect(items).toContain('Paderborn Hbf')
    const item = await (await fetch(`${base}/api/collections/rail_stops/items/38?f=html`)).text()
    expect(item).toContain('Paderborn Hbf')
  })

  it('escapes values instead of interpreting them', async () => {
    const res = await fetch(`${base}/api/collections/rail_stops?f=html`)
    expect(await res.text()).not.toContain('<script')
  })
})

describe('CORS', () => {
  it('lets any origin read anonymously', async () => {
    const res = await fetch(`${base}/api/collections/rail_stops/items?limit=1`, { headers: { Origin: 'https://karten.example.org' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag')
  })

  it('answers a read preflight and grants no writes', async () => {
    const read = await fetch(`${base}/api/collections/rail_stops/items`, { method: 'OPTIONS', headers: { Origin: 'https://karten.example.org', 'Access-Control-Request-Method': 'GET' } })
    expect(read.status).toBe(204)
    expect(read.headers.get('access-control-allow-methods')).toBe('GET, HEAD')
    const write = await fetch(`${base}/api/collections/compensation_areas/items`, { method: 'OPTIONS', headers: { Origin: 'https://karten.example.org', 'Access-Control-Request-Method': 'POST' } })
    expect(write.headers.get('access-control-allow-origin')).toBeNull()
  })
})
