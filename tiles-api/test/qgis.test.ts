import { execFile, execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { serve, type ServerType } from '@hono/node-server'
import { ogcCollections } from '@regiopol/geodata'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp } from './support/app.ts'
import { seedCounts } from './support/seed-counts.ts'

/*
 * QGIS (Debian bookworm: 3.22, python3-qgis) headless, as a planner loads the API:
 * every collection with and without a trailing slash, every located project drawn, and
 * subset strings with a date, a boolean and a name with a comma.
 */

const run = promisify(execFile)
const PYTHON = '/usr/bin/python3'
const hasQgis = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import qgis.core'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
if (!hasQgis) console.warn('\n*** SKIPPED: QGIS (python3-qgis) is not installed; the QGIS client test did not run. apt-get install python3-qgis ***\n')

const listed = ogcCollections.filter((l) => !l.unlisted).map((l) => l.id)
const script = join(import.meta.dirname, 'qgis', 'load_collections.py')

describe.skipIf(!hasQgis)('QGIS’s OGC API - Features provider', () => {
  let server: ServerType
  let result: {
    counts: Record<string, number[]>
    pixels: Record<string, Record<string, number>>
    subsets: { collection: string; subset: string; ok: boolean; count: number }[]
  }
  beforeAll(async () => {
    const app = testApp()
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
    })
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`
    const dir = await mkdtemp(join(tmpdir(), 'regiopol-qgis-'))
    const spec = {
      collections: listed,
      render: ['project_points', 'project_areas'],
      subsets: [
        { collection: 'health_facilities', subset: `"ref_date" = '2020-03-08' AND "in_region" = true` },
        { collection: 'health_facilities', subset: `"ref_date" = '2020-03-09'` },
        { collection: 'compensation_areas', subset: `"name" = 'Renaturierung Ems Abschnitt 1, Hövelhof'` },
      ],
    }
    try {
      await writeFile(join(dir, 'spec.json'), JSON.stringify(spec))
      const { stdout } = await run(PYTHON, [script, api, join(dir, 'spec.json')], {
        env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: dir },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 600_000,
      })
      result = JSON.parse(stdout.trim().split('\n').at(-1)!)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 600_000)
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it.each(listed)('loads %s with and without a trailing slash, with numberMatched features', (id) => {
    expect(result.counts[id]).toEqual([seedCounts[id], seedCounts[id]])
  })

  it('draws every project with a location, points and areas', () => {
    for (const id of ['project_points', 'project_areas'] as const) {
      const drawn = Object.values(result.pixels[id]!)
      expect(drawn).toHaveLength(seedCounts[id])
      for (const pixels of drawn) expect(pixels).toBeGreaterThan(0)
    }
  })

  it('answers subset strings with a date and a boolean, and a name with a comma', () => {
    expect(result.subsets.map((s) => [s.ok, s.count])).toEqual([
      [true, 28],
      [true, 0],
      [true, 1],
    ])
  })
})
