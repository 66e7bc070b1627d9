import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '@regiopol/tiles-api/db'
import { prepareDatabase } from '@regiopol/tiles-api/prepare'
import { benchAnalysis } from './analysis.ts'
import { benchApi } from './api.ts'
import { benchImport } from './import.ts'
import { benchNetwork } from './network.ts'
import { benchTiles } from './tiles.ts'
import { benchTransit } from './transit.ts'
import type { BenchRow } from './types.ts'

/*
 * npm run bench: every figure is printed next to a baseline measured in the same run,
 * as a ratio, because absolute times on shared machines are noise.
 * Uses DATABASE_URL when set, else an embedded database in .data/bench-pglite.
 */

const dataDir = fileURLToPath(new URL('../../../.data/bench-pglite', import.meta.url))
await mkdir(dataDir, { recursive: true })
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, pgliteDataDir: dataDir })
await prepareDatabase(db.sql)
console.log(`database: ${db.kind === 'embedded' ? 'embedded PGlite' : 'PostgreSQL server'}\n`)

const rows: BenchRow[] = [...(await benchApi(db.sql)), ...(await benchAnalysis(db.sql)), ...(await benchNetwork(db.sql)), ...(await benchTransit(db.sql)), ...(await benchImport(db.sql))]
if (process.env.DATABASE_URL) rows.push(...(await benchTiles(process.env.DATABASE_URL)))
else console.log('SKIPPED: tile benchmark because DATABASE_URL is not set (it compares with ST_AsMVT, which the embedded database lacks)\n')

const pad = (s: string, n: number) => s.padEnd(n)
console.log(pad('measurement', 60), pad('ms (median)', 12), pad('baseline', 40), pad('ms', 10), 'ratio')
for (const r of rows) {
  const cpu = r.cpuMs === undefined ? '' : `   (CPU ${r.cpuMs.toFixed(1)} ms)`
  console.log(pad(r.name, 60), pad(r.ms.toFixed(2), 12), pad(r.baselineName, 40), pad(r.baselineMs.toFixed(2), 10), `${(r.ms / r.baselineMs).toFixed(2)}×${cpu}`)
}
await db.close()
