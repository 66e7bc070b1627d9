import { readFile, stat, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { checkFileSize, columnsOf, FileProblem, importFeatures, importTargets, proposeMapping, readLayers, toCsv, type FieldDefaults, type FieldMapping } from '@regiopol/geodata/io'
import { loadSqlJsNode } from '@regiopol/geodata/node'
import { openDatabase } from '@regiopol/tiles-api/db'
import { principalForEmail, REPORT_HEADER, reportRows, runImport } from '@regiopol/tiles-api/import'
import { prepareDatabase } from '@regiopol/tiles-api/prepare'
import { loadMapping, saveMapping } from '@regiopol/tiles-api/import'
import { progressBar } from './progress.ts'

/*
 * Bulk import from the command line:
 *
 *   npm run import -w @regiopol/scripts -- development_land reserven.gpkg --source "SFM Borchen" --as borchen@… \
 *     [--municipality 05774012] [--crs 31467] [--layer flaechen] [--map name=Bezeichnung --map use=Nutzung] \
 *     [--dry-run] [--report bericht.csv|bericht.json] [--save-mapping]
 *
 * Reads the file (GeoPackage, zipped Shapefile, GeoJSON, CSV, XPlanGML), proposes a field
 * mapping (or takes the one saved for the source, then --map overrides), validates every
 * feature in the database and writes all or nothing. Exit code 0: imported (or a dry run
 * without problems); 1: problems, nothing written; 2: the file or the call is wrong.
 */

const usage = 'usage: import <collection> <file> --source NAME --as EMAIL [--municipality AGS] [--crs EPSG] [--layer NAME] [--map field=column]… [--dry-run] [--report FILE.csv|FILE.json] [--save-mapping]'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    as: { type: 'string' },
    municipality: { type: 'string' },
    crs: { type: 'string' },
    layer: { type: 'string', multiple: true },
    map: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string' },
    'save-mapping': { type: 'boolean', default: false },
  },
})

const [collection, file] = positionals
const fail = (message: string): never => {
  console.error(message)
  process.exit(2)
}
if (!collection || !file || !values.source || !values.as) fail(usage)
const target = importTargets[collection as keyof typeof importTargets] ?? fail(`Unbekannte Sammlung „${collection}“; möglich: ${Object.keys(importTargets).join(', ')}.`)

let features
try {
  checkFileSize(file!, (await stat(file!)).size)
  const { layers } = await readLayers(file!, new Uint8Array(await readFile(file!)), { loadSql: loadSqlJsNode })
  features = importFeatures(layers, { declaredEpsg: values.crs ? Number(values.crs.replace(/^EPSG:/i, '')) : undefined, layers: values.layer })
} catch (err) {
  fail(err instanceof FileProblem ? `${file}: ${err.message}` : String(err))
}

const dataDir = process.env.PGLITE_DATA_DIR || fileURLToPath(new URL('../../../.data/pglite', import.meta.url))
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, pgliteDataDir: dataDir })
let exitCode = 0
try {
  await prepareDatabase(db.sql, { demoAccounts: false })
  const who = (await principalForEmail(db.sql, values.as!)) ?? fail(`Kein aktives Konto „${values.as}“.`)
  const saved = await loadMapping(db.sql, collection!, values.source!)
  const mapping: FieldMapping = saved?.mapping ?? proposeMapping(target, columnsOf(features!), features!.map((f) => f.properties))
  for (const pair of values.map ?? []) {
    const [field, column] = pair.split('=')
    if (!field || !target.fields.some((f) => f.key === field)) fail(`--map ${pair}: unbekanntes Feld; möglich: ${target.fields.map((f) => f.key).join(', ')}.`)
    if (column) mapping[field!] = column
    else delete mapping[field!]
  }
  const defaults: FieldDefaults = { ...saved?.defaults, ...(values.municipality && { municipality_ags: values.municipality }) }
  console.error(`Zuordnung${saved ? ' (gespeichert für diese Quelle)' : ''}: ${target.fields.map((f) => `${f.key} ← ${mapping[f.key] ?? (defaults[f.key] ? `„${defaults[f.key]}“` : '—')}`).join(', ')}`)
  const report = await runImport(db.sql, who, {
    collection: collection!, source: values.source!, file_name: file, mapping, defaults, dry_run: values['dry-run']!, features: features!, onProgress: progressBar(),
  })
  if (values['save-mapping']) await saveMapping(db.sql, who, collection!, values.source!, mapping, defaults)
  const c = report.counts
  console.error(`${c.features} Objekte: ${c.valid} in Ordnung, ${c.invalid} mit Problemen. ${report.committed ? 'Geschrieben' : report.dry_run && c.invalid === 0 ? 'Probelauf, nichts geschrieben' : 'Nichts geschrieben'}: ${c.inserted} neu, ${c.updated} geändert, ${c.unchanged} unverändert, ${c.deleted} gelöscht, ${c.conflicts} Konflikte.`)
  for (const f of report.features) for (const p of f.problems) console.error(`  Nr. ${f.number} (${f.name ?? f.source_key}): ${p.message}`)
  for (const k of report.conflicts) console.error(`  Konflikt: ${k.message}`)
  if (values.report) {
    const text = values.report.endsWith('.json') ? JSON.stringify(report, null, 2) : toCsv(REPORT_HEADER, reportRows(report), { delimiter: ';' })
    await writeFile(values.report, text)
  }
  exitCode = report.counts.invalid > 0 ? 1 : 0
} catch (err) {
  console.error(err instanceof Error ? err.message : err)
  exitCode = 2
} finally {
  await db.close()
}
process.exit(exitCode)
