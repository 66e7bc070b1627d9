import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import { serve, type ServerType } from '@hono/node-server'
import { layers } from '@regiopol/geodata'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp } from './support/app.ts'
import { seedCounts } from './support/seed-counts.ts'

const run = promisify(execFile)
const hasGdal = existsSync('/usr/bin/ogrinfo')
if (!hasGdal) console.warn('\n*** SKIPPED: GDAL (ogrinfo) is not installed; the OGC API client test did not run. apt-get install gdal-bin ***\n')

describe.skipIf(!hasGdal)('GDAL’s OGC API - Features driver', () => {
  let server: ServerType
  let base = ''
  beforeAll(async () => {
    const app = testApp()
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
    })
    base = `OAPIF:http://127.0.0.1:${(server.address() as AddressInfo).port}/api`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('lists every collection', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-q', base])
    for (const layer of layers) expect(stdout).toContain(layer.id)
  })

  it.each(layers.map((l) => l.id))('reads every feature of %s', async (id) => {
    const { stdout } = await run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', base, id], { maxBuffer: 64 * 1024 * 1024 })
    const fc = JSON.parse(stdout)
    expect(fc.features).toHaveLength(seedCounts[id])
  })
})
