import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { findLayer } from '@regiopol/geodata'
import { openDatabase } from '@regiopol/tiles-api/db'
import { exportCollection } from '@regiopol/tiles-api/import'
import { prepareDatabase } from '@regiopol/tiles-api/prepare'

/*
 * A collection as a file, from the command line (the same code as the download):
 *
 *   npm run export -w @regiopol/scripts -- development_land --format gpkg --crs 25832 [--filter use=wohnen] [--out datei.gpkg]
 */

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'gpkg' }, crs: { type: 'string', default: '25832' }, filter: { type: 'string', multiple: true }, out: { type: 'string' } },
})
const layer = findLayer(positionals[0] ?? '')
if (!layer) {
  console.error('usage: export <collection> [--format gpkg|shp|geojson|csv] [--crs 25832|4326] [--filter key=value]… [--out FILE]')
  process.exit(2)
}
const dataDir = process.env.PGLITE_DATA_DIR || fileURLToPath(new URL('../../../.data/pglite', import.meta.url))
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, pgliteDataDir: dataDir })
let exitCode = 0
try {
  await prepareDatabase(db.sql, { demoAccounts: false })
  const params = new URLSearchParams([['format', values.format!], ['crs', values.crs!], ...(values.filter ?? []).map((f) => f.split('=', 2) as [string, string])])
  const file = await exportCollection(db.sql, layer, params, true)
  await writeFile(values.out ?? file.fileName, file.bytes)
  console.error(`${values.out ?? file.fileName}: ${file.bytes.length} Bytes`)
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  exitCode = 2
} finally {
  await db.close()
}
process.exit(exitCode)
