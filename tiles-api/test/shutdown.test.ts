import { serve } from '@hono/node-server'
import { Agent, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { drainable } from '../src/drain.ts'
import { testApp } from './support/app.ts'

/* The shutdown of server.ts (drain.ts) over the real HTTP stack, with keep-alive connections. */

const app = testApp()

function get(port: number, path: string, agent: Agent): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('a shutdown', () => {
  it('finishes the request in flight with Connection: close and refuses what comes after', async () => {
    const gate = drainable(app.fetch)
    let port = 0
    const server = serve({ fetch: gate.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => (port = info.port))
    gate.attach(server)
    await new Promise((r) => server.once('listening', r))
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    expect((await get(port, '/healthz', agent)).status).toBe(200) // a kept-alive connection now exists

    const inFlight = get(port, '/api/collections/population_grid/items?limit=10000', agent)
    await new Promise((r) => setTimeout(r, 30))
    const drained = gate.drain(server, 10_000)
    const after = get(port, '/healthz', agent).catch((e: NodeJS.ErrnoException) => ({ status: 0, headers: {}, body: e.code ?? '' }))

    const first = await inFlight
    expect(first.status).toBe(200)
    expect(first.headers.connection).toBe('close')
    expect(JSON.parse(first.body).features).toHaveLength(2714)
    const second = await after
    expect([0, 503]).toContain(second.status) // refused before anything ran, or no connection at all
    await drained
    agent.destroy()
  })

  it('answers a request that arrives while draining with 503, Retry-After and Connection: close', async () => {
    const gate = drainable(app.fetch)
    const server = serve({ fetch: gate.fetch, port: 0, hostname: '127.0.0.1' })
    gate.attach(server)
    await new Promise((r) => server.once('listening', r))
    await gate.drain(server, 1000)
    const res = await gate.fetch(new Request('http://localhost/api/collections/rail_stops/items'), {})
    expect(res.status).toBe(503)
    expect(res.headers.get('Retry-After')).toBe('5')
    expect(res.headers.get('Connection')).toBe('close')
  })
})
