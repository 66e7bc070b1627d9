import { describe, expect, it } from 'vitest'
import { getJson, testApp, testSql } from '../support/app.ts'

/* OGC API - Features - Part 3: queryables, filter (cql2-text, cql2-json), plus sortby, properties, skipGeometry. */

const sql = testSql()
const app = testApp(sql)
const count = async (collection: string, filter: string, extra = '') => {
  const { res, body } = await getJson(app, `/api/collections/${collection}/items?limit=1000&filter=${encodeURIComponent(filter)}${extra}`)
  expect(res.status, JSON.stringify(body)).toBe(200)
  expect(body.features).toHaveLength(body.numberMatched)
  return body.numberMatched as number
}
const one = async (q: string) => (await sql.unsafe(q))[0]!.n as number

describe('queryables', () => {
  it('describes the public properties as JSON Schema with their types', async () => {
    const { res, body } = await getJson(app, '/api/collections/health_facilities/queryables')
    expect(res.headers.get('content-type')).toBe('application/schema+json')
    expect(body.properties.in_region.type).toBe('boolean')
    expect(body.properties.beds.type).toBe('integer')
    expect(body.properties.ref_date).toMatchObject({ type: 'string', format: 'date' })
    expect(body.properties.type.enum).toContain('krankenhaus')
    expect(body.properties.geometry.format).toBe('geometry-point')
  })

  it('leaves restricted properties out for anonymous callers', async () => {
    const { body } = await getJson(app, '/api/collections/compensation_areas/queryables')
    expect(body.properties.authority_file_number).toBeUndefined()
    expect(body.properties.eco_points_available.type).toBe('integer')
  })
})

describe('filter in cql2-text', () => {
  it('combines IN with a boolean comparison', async () => {
    expect(await count('health_facilities', "type IN ('krankenhaus', 'tagesklinik') AND in_region = true")).toBe(28)
  })

  it('matches a name with a comma exactly', async () => {
    expect(await count('compensation_areas', "name = 'Renaturierung Ems Abschnitt 1, Hövelhof'")).toBe(1)
  })

  it('matches several names with commas through IN', async () => {
    expect(await count('development_land', "name IN ('Gewerbepark West, Verl-Sende', 'Gewerbegebiet Nordost, Beverungen')")).toBe(2)
  })

  it('gives the counts PostgreSQL gives for LIKE, BETWEEN, IS NULL and NOT', async () => {
    expect(await count('health_facilities', "name LIKE 'Klinikum Lippe%'")).toBe(await one("select count(*)::int n from health_facilities where name like 'Klinikum Lippe%'"))
    expect(await count('health_facilities', 'beds BETWEEN 100 AND 300')).toBe(await one('select count(*)::int n from health_facilities where beds >= 100 and beds <= 300'))
    expect(await count('health_facilities', 'beds IS NULL')).toBe(await one('select count(*)::int n from health_facilities where beds is null'))
    expect(await count('health_facilities', 'NOT (in_region = true) OR beds > 500')).toBe(await one('select count(*)::int n from health_facilities where not in_region or beds > 500'))
  })

  it('filters list properties by an element', async () => {
    expect(await count('rail_stops', "rail_products = 'nationalExpress'")).toBe(await one("select count(*)::int n from rail_stops where 'nationalExpress' = any(rail_products)"))
  })

  it('answers the basic spatial operators with the four Paderborn stops', async () => {
    expect(await count('rail_stops', 'S_INTERSECTS(geometry, BBOX(8.70, 51.70, 8.80, 51.75))')).toBe(4)
    expect(await count('rail_stops', 'S_WITHIN(geometry, POLYGON((8.70 51.70, 8.80 51.70, 8.80 51.75, 8.70 51.75, 8.70 51.70)))')).toBe(4)
    expect(await count('rail_stops', 'S_DISJOINT(geometry, BBOX(8.70, 51.70, 8.80, 51.75))')).toBe(52 - 4)
  })

  it('reads geometry literals in filter-crs', async () => {
    const box = 'S_INTERSECTS(geometry, BBOX(470000, 5720000, 490000, 5740000))'
    const ref = await one('select count(*)::int n from rail_stops where ST_Intersects(ST_Transform(geom, 25832), ST_MakeEnvelope(470000, 5720000, 490000, 5740000, 25832))')
    expect(await count('rail_stops', box, '&filter-crs=http://www.opengis.net/def/crs/EPSG/0/25832')).toBe(ref)
  })

  it('answers T_INTERSECTS and date comparisons on date properties', async () => {
    expect(await count('health_facilities', "T_INTERSECTS(ref_date, INTERVAL('2020-01-01', '2020-12-31'))")).toBe(64)
    expect(await count('health_facilities', "T_INTERSECTS(ref_date, DATE('2021-01-01'))")).toBe(0)
    expect(await count('health_facilities', "ref_date = '2020-03-08' AND in_region = true")).toBe(28)
    expect(await count('projects', "T_INTERSECTS(INTERVAL(start_date, end_date), INTERVAL('2024-01-01', '..'))")).toBe(
      await one("select count(*)::int n from projects_public where start_date is not null and coalesce(end_date, 'infinity') >= '2024-01-01'"),
    )
  })

  it('keeps an injection attempt a value and the table intact', async () => {
    expect(await count('rail_stops', "name = ''';drop table rail_stops;--'")).toBe(0)
    expect(await one('select count(*)::int n from rail_stops')).toBe(52)
  })
})

describe('filter in cql2-json', () => {
  it('gives the same answer as the text form', async () => {
    const json = JSON.stringify({ op: 'and', args: [{ op: 'in', args: [{ property: 'type' }, ['krankenhaus', 'tagesklinik']] }, { op: '=', args: [{ property: 'in_region' }, true] }] })
    expect(await count('health_facilities', json, '&filter-lang=cql2-json')).toBe(28)
  })
})

describe('bad filters are a 400 naming filter', () => {
  it.each([
    ['health_facilities', 'in_region = 1 AND', 'Ende'],
    ['health_facilities', 'colour = 1', 'colour'],
    ['health_facilities', "beds = 'viele'", 'viele'],
    ['compensation_areas', 'authority_file_number IS NULL', 'authority_file_number'],
    ['health_facilities', "ref_date = '08.03.2020'", '08.03.2020'],
  ])('%s: %s', async (collection, filter, detail) => {
    const { res, body } = await getJson(app, `/api/collections/${collection}/items?filter=${encodeURIComponent(filter)}`)
    expect(res.status).toBe(400)
    expect(body.parameter).toBe('filter')
    expect(body.detail).toContain(detail)
  })

  it('refuses an unknown filter-lang', async () => {
    const { res, body } = await getJson(app, '/api/collections/rail_stops/items?filter=a&filter-lang=ecql')
    expect(res.status).toBe(400)
    expect(body.parameter).toBe('filter-lang')
  })
})

describe('sortby, properties, skipGeometry', () => {
  it('sorts by a property, descending with a minus', async () => {
    const { body } = await getJson(app, '/api/collections/municipalities/items?sortby=-population&limit=5')
    expect(body.features[0].properties.name).toBe('Paderborn')
    const population = body.features.map((f: any) => f.properties.population)
    expect([...population].sort((a, b) => b - a)).toEqual(population)
    const up = await getJson(app, '/api/collections/municipalities/items?sortby=population&limit=1')
    expect(up.body.features[0].properties.population).toBe(await one('select min(population)::int n from municipalities'))
  })

  it('returns only the properties asked for', async () => {
    const { body } = await getJson(app, '/api/collections/health_facilities/items?properties=name,beds&limit=2')
    expect(Object.keys(body.features[0].properties)).toEqual(['name', 'beds'])
  })

  it('leaves the geometry out with skipGeometry=true', async () => {
    const { body } = await getJson(app, '/api/collections/municipalities/items?skipGeometry=true&limit=2')
    expect(body.features[0].geometry).toBeNull()
  })
})
