import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { ogcCollections as layers } from '@regiopol/geodata'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, testApp } from '../support/app.ts'
import { seedCounts } from '../support/seed-counts.ts'

/*
 * OGC API - Features - Part 1: Core (OGC 17-069r4), the abstract tests of Annex A
 * (A.2 core, A.3 GeoJSON, A.4 OpenAPI 3.0), with the assertions of ets-ogcapi-features10.
 * Trailing slashes go over real HTTP, as clients send them.
 */

const app = testApp()
let base = ''
let server: ServerType
beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const http = async (path: string) => {
  const res = await fetch(base + path, { headers: { Accept: 'application/json' } })
  return { res, body: res.headers.get('content-type')?.includes('json') ? ((await res.json()) as any) : await res.text() }
}
const BAND = 10 // rail stops between 51.70° and 51.75° N, counted in PostGIS
const rels = (body: any) => body.links.map((l: any) => l.rel)

describe('A.2.2 landing page (/conf/core/root-op, root-success)', () => {
  it.each(['/api', '/api/'])('answers %s with the links service-desc, conformance and data', async (path) => {
    const { res, body } = await http(path)
    expect(res.status).toBe(200)
    expect(rels(body)).toEqual(expect.arrayContaining(['self', 'service-desc', 'conformance', 'data']))
  })
})

describe('A.2.3 API definition (/conf/core/api-definition-op) and A.4 OpenAPI 3.0', () => {
  it('serves an OpenAPI 3.0 document that validates against the OpenAPI schema', async () => {
    const { res, body } = await http('/api/openapi/')
    expect(res.status).toBe(200)
    const validator = new Validator()
    const result = await validator.validate(body)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('declares bbox with 4 or 6 numbers, limit in form style, datetime, filter and crs on every items path', async () => {
    const { body } = await http('/api/openapi')
    for (const layer of layers.filter((l) => !l.unlisted)) {
      const params = body.paths[`/collections/${layer.id}/items`].get.parameters
      const named = (n: string) => params.find((p: any) => p.name === n)
      expect(named('bbox').schema).toMatchObject({ minItems: 4, maxItems: 6 })
      expect(named('limit')).toMatchObject({ style: 'form', explode: false })
      for (const n of ['datetime', 'filter', 'filter-lang', 'crs', 'bbox-crs', 'sortby', 'properties', 'skipGeometry']) expect(named(n), n).toBeDefined()
    }
  })

  it('declares the write operations of the writable collections', async () => {
    const { body } = await http('/api/openapi')
    expect(body.paths['/collections/compensation_areas/items'].post.requestBody.content['application/geo+json']).toBeDefined()
    expect(body.paths['/collections/compensation_areas/items/{featureId}'].patch.requestBody.content['application/merge-patch+json']).toBeDefined()
    expect(Object.keys(body.paths['/collections/projects/items/{featureId}'])).toEqual(expect.arrayContaining(['get', 'put', 'patch', 'delete']))
  })
})

describe('A.2.4 conformance (/conf/core/conformance-op)', () => {
  it.each(['/api/conformance', '/api/conformance/'])('lists core, GeoJSON, OpenAPI, CRS and filter classes at %s', async (path) => {
    const { body } = await http(path)
    expect(body.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
        'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
      ]),
    )
  })
})

describe('A.2.6–A.2.7 collections and each collection, with and without trailing slash', () => {
  it.each(['/api/collections', '/api/collections/'])('lists every collection at %s', async (path) => {
    const { res, body } = await http(path)
    expect(res.status).toBe(200)
    expect(body.collections.length).toBeGreaterThanOrEqual(10)
    for (const c of body.collections) expect(c.links.map((l: any) => l.rel)).toEqual(expect.arrayContaining(['self', 'items', 'describedby']))
  })

  it.each(layers.map((l) => l.id))('serves %s, its items and one item with and without a trailing slash', async (id) => {
    for (const path of [`/api/collections/${id}`, `/api/collections/${id}/`]) expect((await http(path)).body.id).toBe(id)
    const page = await http(`/api/collections/${id}/items/?limit=1`)
    expect(page.res.status).toBe(200)
    expect(page.body.numberMatched).toBe(seedCounts[id])
    const first = page.body.features[0]
    for (const path of [`/api/collections/${id}/items/${first.id}`, `/api/collections/${id}/items/${first.id}/`]) {
      expect((await http(path)).body.id).toBe(first.id)
    }
  })
})

describe('A.2.7.2 items: limit, bbox, datetime (/conf/core/fc-*)', () => {
  it('clamps a limit above the maximum instead of refusing it (fc-limit-response-1)', async () => {
    const { res, body } = await getJson(app, '/api/collections/population_grid/items?limit=20000')
    expect(res.status).toBe(200)
    expect(body.numberReturned).toBe(2714)
    const next = await getJson(app, '/api/collections/rail_stops/items?limit=99999')
    expect(next.body.numberReturned).toBe(52)
  })

  it('reads a bbox of six numbers like the same box of four (fc-bbox-definition)', async () => {
    const four = await getJson(app, '/api/collections/rail_stops/items?bbox=8.70,51.70,8.80,51.75')
    const six = await getJson(app, '/api/collections/rail_stops/items?bbox=8.70,51.70,-100,8.80,51.75,3000')
    expect(four.body.numberMatched).toBe(4)
    expect(six.body.numberMatched).toBe(4)
  })

  it('reads a box across the antimeridian as the two boxes on either side (fc-bbox-response)', async () => {
    // West edge 8.80, east edge 8.70: the band 51.70–51.75 all round the globe except Paderborn's 4 stops.
    const band = (await getJson(app, '/api/collections/rail_stops/items?bbox=-180,51.70,180,51.75')).body.numberMatched
    expect(band).toBe(BAND)
    expect((await getJson(app, '/api/collections/rail_stops/items?bbox=8.80,51.70,8.70,51.75')).body.numberMatched).toBe(BAND - 4)
    expect((await getJson(app, '/api/collections/rail_stops/items?bbox=170,-10,-170,10')).body.numberMatched).toBe(0)
  })

  it.each(layers.map((l) => l.id))('accepts datetime on %s (instant, interval, open interval)', async (id) => {
    for (const dt of ['2020-03-08', '2020-01-01T00:00:00Z/2020-12-31T23:59:59Z', '../2030-01-01', '2000-01-01/..']) {
      const { res } = await getJson(app, `/api/collections/${id}/items?limit=1&datetime=${encodeURIComponent(dt)}`)
      expect(res.status, `${id} ${dt}`).toBe(200)
    }
  })

  it('names the temporal properties of a collection in extent.temporal', async () => {
    const { body } = await getJson(app, '/api/collections/health_facilities')
    expect(body.extent.temporal.interval).toEqual([['2020-03-08', '2020-03-08']])
    expect(body.extent.temporal.properties).toEqual(['ref_date'])
    expect((await getJson(app, '/api/collections/rail_stops')).body.extent.temporal).toBeUndefined()
  })
})

describe('unknown parameters are a 400 on every endpoint (/rec/core/query-param-unknown)', () => {
  it.each([
    '/api?colour=red',
    '/api/conformance?colour=red',
    '/api/openapi?colour=red',
    '/api/collections?colour=red',
    '/api/collections/rail_stops?colour=red',
    '/api/collections/rail_stops/items?colour=red',
    '/api/collections/rail_stops/items/1?colour=red',
    '/api/collections/rail_stops/queryables?colour=red',
  ])('%s', async (path) => {
    const { res, body } = await getJson(app, path)
    expect(res.status).toBe(400)
    expect(body.parameter).toBe('colour')
  })
})
