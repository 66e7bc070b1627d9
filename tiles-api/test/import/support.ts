import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { columnsOf, developmentLandImport, importFeatures, proposeMapping, readLayers } from '@regiopol/geodata/io'
import { loadSqlJsNode } from '@regiopol/geodata/node'
import type { Sql } from 'postgres'
import { principalForEmail } from '../../src/import/principal.ts'
import { runImport } from '../../src/import/run.ts'

/* Reading a fixture as the CLI does, and importing it as an account. */

export const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name)

export async function readFixture(name: string, declaredEpsg?: number) {
  const bytes = new Uint8Array(readFileSync(fixture(name)))
  const { layers } = await readLayers(name, bytes, { loadSql: loadSqlJsNode })
  const features = importFeatures(layers, { declaredEpsg })
  return { layers, features, mapping: proposeMapping(developmentLandImport, columnsOf(features), features.map((f) => f.properties)) }
}

export async function importAs(sql: Sql, email: string, source: string, read: Awaited<ReturnType<typeof readFixture>>, options: { dryRun?: boolean; municipality?: string } = {}) {
  const who = await principalForEmail(sql, email)
  return runImport(sql, who!, {
    collection: 'development_land',
    source,
    mapping: read.mapping,
    defaults: { municipality_ags: options.municipality ?? '05774012' },
    dry_run: options.dryRun ?? false,
    features: read.features,
  })
}
