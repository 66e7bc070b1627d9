import { afterAll, describe, expect, it } from 'vitest'
import { json, poolApp, sessions } from '../pool/support.ts'
import { testSql } from '../support/app.ts'
import { readFixture } from './support.ts'

/* The import endpoint the viewer uses: the same pipeline behind HTTP. */

const sql = testSql()
const app = poolApp(sql)
const SOURCE = 'Test HTTP Borchen'
afterAll(async () => {
  await sql`delete from development_land where source = ${SOURCE}`
  await sql`delete from import_mappings where source = ${SOURCE}`
})

const body = async (features: Awaited<ReturnType<typeof readFixture>>['features'], extra: Record<string, unknown> = {}) => {
  const read = await readFixture('sites_25832.gpkg')
  return { source: SOURCE, file_name: 'sites_25832.gpkg', mapping: read.mapping, defaults: { municipality_ags: '05774012' }, features, ...extra }
}

describe('POST /api/imports/development_land', () => {
  it('refuses a file with a broken feature with 422, the report in the problem, and writes nothing', async () => {
    const { features } = await readFixture('sites_25832.gpkg')
    const headers = (await sessions(sql)).borchen
    const before = await sql`select count(*)::int as n from development_land`
    const res = await app.request('/api/imports/development_land', json('POST', await body(features), headers))
    expect(res.status).toBe(422)
    const problem = (await res.json()) as { detail: string; report: { features: { number: number; problems: { code: string }[] }[] } }
    expect(problem.detail).toBe('1 von 4 Objekten haben Probleme; es wurde nichts importiert.')
    expect(problem.report.features.filter((f) => f.problems.length).map((f) => f.number)).toEqual([4])
    expect(await sql`select count(*)::int as n from development_land`).toEqual(before)
  })

  it('imports the valid features, saves the mapping, and the sites are in the collection', async () => {
    const { features } = await readFixture('sites_25832.gpkg')
    const headers = (await sessions(sql)).borchen
    const res = await app.request('/api/imports/development_land', json('POST', await body(features.slice(0, 3), { save_mapping: true }), headers))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { counts: { inserted: number } }).counts.inserted).toBe(3)
    const items = (await (await app.request(`/api/collections/development_land/items?source=${encodeURIComponent(SOURCE)}`)).json()) as { features: { properties: { name: string; sample: boolean } }[] }
    expect(items.features.map((f) => [f.properties.name, f.properties.sample])).toEqual([['Am Sportplatz', false], ['Gewerbegebiet Nord', false], ['Ortsmitte', false]])
    const saved = await app.request(`/api/imports/development_land/mapping?source=${encodeURIComponent(SOURCE)}`, { headers })
    expect(((await saved.json()) as { mapping: Record<string, string> }).mapping['name']).toBe('Bezeichnung')
  })

  it('refuses a body without a source with 422 naming the field', async () => {
    const { features } = await readFixture('sites_25832.gpkg')
    const res = await app.request('/api/imports/development_land', json('POST', await body(features, { source: '' }), (await sessions(sql)).borchen))
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toContain('Bitte eine Quelle angeben')
  })
})
