import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { importAs, readFixture } from './support.ts'

/*
 * Each fixture format through the pipeline as a dry run: the mapping proposed from the
 * German column names, the values read, and the one broken feature named in the report.
 */

const sql = testSql()

const problemsOf = (report: Awaited<ReturnType<typeof importAs>>) =>
  report.features.filter((f) => f.problems.length > 0).map((f) => ({ number: f.number, codes: f.problems.map((p) => p.code) }))

describe('a GeoPackage in EPSG:25832 made by GDAL', () => {
  it('proposes the mapping from its German column names', async () => {
    const { mapping } = await readFixture('sites_25832.gpkg')
    expect(mapping).toEqual({
      name: 'Bezeichnung', use: 'Nutzung', planning_status: 'Planungsstand', reserve_type: 'Reservetyp', availability: 'Verfügbarkeit',
      restrictions: 'Restriktionen', planned_dwellings: 'WE', source_key: 'Objekt_ID', reference_date: 'Stichtag', description: 'Bemerkung',
    })
  })

  it('names the self-intersecting site with PostGIS’ reason and writes nothing', async () => {
    const before = await sql`select count(*)::int as n from development_land`
    const report = await importAs(sql, 'borchen@regiopol.example', 'Test GPKG', await readFixture('sites_25832.gpkg'), { dryRun: true })
    expect(problemsOf(report)).toEqual([{ number: 4, codes: ['invalid-geometry'] }])
    expect(report.features[3]!.problems[0]!.message).toBe('Die Geometrie ist ungültig: Self-intersection bei 8.762211, 51.653703 (Länge, Breite).')
    expect(report.counts).toMatchObject({ features: 4, valid: 3, invalid: 1, inserted: 4 })
    expect(report.committed).toBe(false)
    expect(await sql`select count(*)::int as n from development_land`).toEqual(before)
  })
})

describe('a zipped Shapefile in Gauß-Krüger zone 3 (EPSG:31467) with a Windows-1252 .cpg', () => {
  it('reads umlauts and typographic quotes from the Windows-1252 table', async () => {
    const { features } = await readFixture('sites_31467.zip')
    expect(features[0]!.properties['Bemerkung']).toBe('Grünfläche östlich, Zufahrt über die Straße „Zum Sportplatz“')
  })

  it('maps the names dBase cut to ten characters', async () => {
    const { mapping } = await readFixture('sites_31467.zip')
    expect(mapping).toMatchObject({ name: 'Bezeichnun', planning_status: 'Planungsst', availability: 'Verfügbark', restrictions: 'Restriktio' })
  })

  it('reprojects to where the EPSG:25832 original lies, within 2 m (GDAL and proj4 both use a DHDN datum shift)', async () => {
    const { features } = await readFixture('sites_31467.zip')
    const [row] = await sql<{ d: number; area: number }[]>`
      select ST_Distance(ST_Transform(ST_Centroid(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(features[0]!.geometry)}), 4326)), 25832), ST_SetSRID(ST_MakePoint(483575, 5722050), 25832)) as d,
             ST_Area(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(features[0]!.geometry)}), 4326), 25832)) as area`
    expect(row!.d).toBeLessThan(2)
    expect(row!.area).toBeCloseTo(15000, -1)
  })

  it('names the self-intersecting site', async () => {
    const report = await importAs(sql, 'borchen@regiopol.example', 'Test SHP', await readFixture('sites_31467.zip'), { dryRun: true })
    expect(problemsOf(report)).toEqual([{ number: 4, codes: ['invalid-geometry'] }])
  })
})

describe('a CSV with WKT (semicolons, EPSG:25832 given by the user)', () => {
  it('names the row whose use is not allowed, with the allowed values', async () => {
    const report = await importAs(sql, 'borchen@regiopol.example', 'Test CSV', await readFixture('sites.csv', 25832), { dryRun: true })
    expect(problemsOf(report)).toEqual([{ number: 3, codes: ['value-not-allowed'] }])
    expect(report.features[2]!.problems[0]!.message).toBe('Nutzung: „Landwirtschaft“ ist nicht erlaubt; erlaubt sind „Wohnen“, „Gewerbe“, „Gemischt“, „Sondergebiet“.')
  })
})

describe('XPlanGML', () => {
  it('5.4: building areas become sites with use, status and the plan, and the one of use 9999 is named', async () => {
    const read = await readFixture('bplan_5_4.gml')
    expect(read.features.map((f) => [f.properties['use'], f.properties['planning_status'], f.properties['source_key']])).toEqual([
      ['wohnen', 'bplan_rechtskraeftig', 'GML_bg1'],
      ['gewerbe', 'bplan_rechtskraeftig', 'GML_bg2'],
      ['Sonstige Baufläche (9999)', 'bplan_rechtskraeftig', 'GML_bg3'],
    ])
    expect(read.features[0]!.properties).toMatchObject({ name: 'Bebauungsplan Nr. 27 „Am Bahnhof“: Allgemeines Wohngebiet 1', xplan_plan_id: 'GML_plan', xplan_plan_name: 'Bebauungsplan Nr. 27 „Am Bahnhof“', source: 'XPlanGML 5.4' })
    const report = await importAs(sql, 'borchen@regiopol.example', 'Test XPlan 5.4', read, { dryRun: true })
    expect(problemsOf(report)).toEqual([{ number: 3, codes: ['value-not-allowed'] }])
  })

  it('6.0: a plan in draft is in preparation, and the self-intersecting area is named', async () => {
    const read = await readFixture('bplan_6_0.gml')
    expect(read.features.map((f) => f.properties['planning_status'])).toEqual(['bplan_aufstellung', 'bplan_aufstellung', 'bplan_aufstellung'])
    const report = await importAs(sql, 'borchen@regiopol.example', 'Test XPlan 6.0', read, { dryRun: true })
    expect(problemsOf(report)).toEqual([{ number: 3, codes: ['invalid-geometry'] }])
  })
})
