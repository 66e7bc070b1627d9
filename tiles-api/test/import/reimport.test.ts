import { readFileSync } from 'node:fs'
import { columnsOf, developmentLandImport, importFeatures, proposeMapping, readLayers } from '@regiopol/geodata/io'
import { loadSqlJsNode } from '@regiopol/geodata/node'
import { afterAll, describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { fixture, importAs } from './support.ts'

/*
 * A municipality sends its file again next year: the same source's records are matched
 * by their key. One changed, one new and one deleted site give exactly that change; a
 * site edited in the atlas since the import is reported as a conflict and kept.
 */

const sql = testSql()
const SOURCE = 'Test Reimport Borchen'
afterAll(async () => {
  await sql`delete from development_land where source = ${SOURCE}`
})

type Site = { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }
const original = JSON.parse(readFileSync(fixture('sites.geojson'), 'utf8')) as { features: Site[] }
const valid = original.features.slice(0, 3)

async function delivery(features: Site[]) {
  const bytes = new TextEncoder().encode(JSON.stringify({ ...original, features }))
  const { layers } = await readLayers('lieferung.geojson', bytes, { loadSql: loadSqlJsNode })
  const read = importFeatures(layers)
  return { layers, features: read, mapping: proposeMapping(developmentLandImport, columnsOf(read), read.map((f) => f.properties)) }
}

const site = (key: string) => sql<{ id: number; use: string; planned_dwellings: number | null; description: string | null; version: number }[]>`
  select id, use, planned_dwellings, description, version from development_land where source = ${SOURCE} and source_key = ${key}`

describe('re-importing a source', () => {
  it('first import: three sites written with their mapped values', async () => {
    const report = await importAs(sql, 'borchen@regiopol.example', SOURCE, await delivery(valid))
    expect(report.committed).toBe(true)
    expect(report.counts).toMatchObject({ inserted: 3, updated: 0, deleted: 0, conflicts: 0 })
    const rows = await sql`select source_key, use, planning_status, reserve_type, availability, restrictions, planned_dwellings, reference_date::text, sample
      from development_land where source = ${SOURCE} order by source_key`
    expect(rows).toEqual([
      { source_key: 'BO-1', use: 'wohnen', planning_status: 'bplan_rechtskraeftig', reserve_type: 'bauluecke', availability: 'kurzfristig', restrictions: [], planned_dwellings: 12, reference_date: '2025-12-31', sample: false },
      { source_key: 'BO-2', use: 'gewerbe', planning_status: 'fnp', reserve_type: 'aussenbereich', availability: 'mittelfristig', restrictions: ['erschliessung'], planned_dwellings: null, reference_date: '2025-12-31', sample: false },
      { source_key: 'BO-3', use: 'gemischt', planning_status: 'potenzial', reserve_type: 'innenbereich', availability: 'langfristig', restrictions: ['eigentum', 'altlasten'], planned_dwellings: 20, reference_date: '2025-12-31', sample: false },
    ])
  })

  it('one changed, one new, one missing: updated 1, inserted 1, deleted 1, unchanged 1', async () => {
    const [bo1, , bo3] = valid
    const changed = { ...bo1!, properties: { ...bo1!.properties, Nutzung: 'Gemischt' } }
    const added = { ...bo3!, properties: { ...bo3!.properties, Objekt_ID: 'BO-5', Bezeichnung: 'Neue Reserve' }, geometry: { type: 'Polygon', coordinates: [[[483300, 5721700], [483400, 5721700], [483400, 5721800], [483300, 5721800], [483300, 5721700]]] } }
    const report = await importAs(sql, 'borchen@regiopol.example', SOURCE, await delivery([changed, bo3!, added]))
    expect(report.counts).toMatchObject({ inserted: 1, updated: 1, deleted: 1, unchanged: 1, conflicts: 0 })
    expect(report.features.map((f) => [f.source_key, f.action])).toEqual([['BO-1', 'update'], ['BO-3', 'unchanged'], ['BO-5', 'insert']])
    expect(report.deleted.map((d) => d.source_key)).toEqual(['BO-2'])
    expect((await site('BO-1'))[0]).toMatchObject({ use: 'gemischt', version: 2 })
    expect(await site('BO-2')).toEqual([])
    const history = await sql`select action from audit_log where entity = 'development_land' and entity_id = ${(await site('BO-1'))[0]!.id} order by id`
    expect(history.map((h) => h.action)).toEqual(['import-create', 'import-update'])
  })

  it('a site edited in the atlas since the import is a conflict, not overwritten', async () => {
    await sql`update development_land set description = 'im Atlas geändert', version = version + 1 where source = ${SOURCE} and source_key = 'BO-3'`
    const [bo1, , bo3] = valid
    const changed = { ...bo3!, properties: { ...bo3!.properties, WE: 25 } }
    const report = await importAs(sql, 'borchen@regiopol.example', SOURCE, await delivery([{ ...bo1!, properties: { ...bo1!.properties, Nutzung: 'Gemischt' } }, changed]))
    expect(report.committed).toBe(true)
    expect(report.features.find((f) => f.source_key === 'BO-3')!.action).toBe('conflict')
    expect(report.conflicts.map((c) => c.message)).toEqual([expect.stringMatching(/^„Ortsmitte“ \(Nr\. \d+\) wurde seit dem letzten Import im Atlas geändert und wird nicht überschrieben\.$/)])
    expect((await site('BO-3'))[0]).toMatchObject({ description: 'im Atlas geändert', planned_dwellings: 20 })
    // BO-5 is missing from this delivery: deleted, since nobody edited it.
    expect(report.deleted.map((d) => d.source_key)).toEqual(['BO-5'])
  })
})

describe('who may import', () => {
  it('refuses an editor importing sites of another municipality with 403', async () => {
    const read = await delivery(valid)
    await expect(importAs(sql, 'paderborn@regiopol.example', 'Test fremd', read)).rejects.toMatchObject({ status: 403, detail: 'Sie dürfen nur Flächen Ihrer Kommune (05774032) importieren; 3 Objekte gehören zu 05774012.' })
  })

  it('refuses a viewer with 403', async () => {
    await expect(importAs(sql, 'viewer@regiopol.example', 'Test Betrachter', await delivery(valid))).rejects.toMatchObject({ status: 403 })
  })
})
