import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/open.ts'
import { prepareDatabase } from '../src/db/prepare.ts'

const dataDir = await mkdtemp(join(tmpdir(), 'regiopol-restart-'))
afterAll(() => rm(dataDir, { recursive: true, force: true }))

const serverEntry = fileURLToPath(new URL('../src/server.ts', import.meta.url))
const accountsCli = fileURLToPath(new URL('../../scripts/src/accounts/cli.ts', import.meta.url))

/** Starts the real server process on the data folder and resolves once it listens. */
function startServer(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: { ...process.env, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr.on('data', (chunk) => (output += chunk))
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (output.includes('"listening"')) resolve()
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)))
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, listening, exited, output: () => output }
}

describe('the embedded database across restarts', () => {
  let writtenId = 0

  it('keeps a row written before the database was closed', { timeout: 300_000 }, async () => {
    const first = await openDatabase({ pgliteDataDir: dataDir })
    const applied = await prepareDatabase(first.sql)
    expect(applied.migrations.length).toBeGreaterThan(0)
    expect(applied.seeded).toBe(true)
    const [row] = await first.sql<{ id: number }[]>`
      insert into development_land (name, municipality_ags, use, planning_status, geom)
      values ('Neustart-Probe', '05774012', 'wohnen', 'potenzial',
              ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(8.80, 51.66), 4326)::geography, 80)::geometry))
      returning id`
    writtenId = row!.id
    await first.close()

    const second = await openDatabase({ pgliteDataDir: dataDir })
    const again = await prepareDatabase(second.sql)
    expect(again).toEqual({ migrations: [], seeded: false })
    const [kept] = await second.sql`select name from development_land where id = ${writtenId}`
    expect(kept?.name).toBe('Neustart-Probe')
    await second.close()
  })

  it('serves that row from the real server process and shuts down cleanly on SIGTERM', { timeout: 300_000 }, async () => {
    const port = 20000 + Math.floor(Math.random() * 20000)
    const server = startServer(port)
    await server.listening
    const base = `http://127.0.0.1:${port}`
    expect((await fetch(`${base}/readyz`)).status).toBe(200)
    const feature: any = await (await fetch(`${base}/api/collections/development_land/items/${writtenId}`)).json()
    expect(feature.properties.name).toBe('Neustart-Probe')
    expect(feature.properties.municipality).toBe('Borchen')
    // A buffer of 80 m has about π·80² m² = 2.01 ha.
    expect(feature.properties.area_ha).toBeCloseTo(2.01, 1)

    // The folder is locked while the server runs: a second opener refuses before touching it.
    await expect(openDatabase({ pgliteDataDir: dataDir })).rejects.toThrow(`in use by process ${server.child.pid}`)
    const second = startServer(port + 1)
    await expect(second.listening).rejects.toThrow(/in use by process/)
    const accounts = spawnSync(process.execPath, ['--import', 'tsx', accountsCli, 'list'], { env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dataDir }, encoding: 'utf8' })
    expect(accounts.status).toBe(1)
    expect(accounts.stderr).toContain('Stop that process first')

    const inFlight = fetch(`${base}/api/collections/population_grid/items?limit=10000`)
    await new Promise((r) => setTimeout(r, 20))
    server.child.kill('SIGTERM')
    const res = await inFlight
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).features).toHaveLength(2714)
    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('"stopped"')
    const logLines = server.output().split('\n').filter((l) => l.includes('"method"'))
    expect(JSON.parse(logLines[0]!)).toMatchObject({ method: 'GET', path: '/readyz', status: 200 })
  })
})
