import { ogcCollections } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { getJson, testApp } from './support/app.ts'
import { seedCounts } from './support/seed-counts.ts'

const app = testApp()

describe('collections', () => {
  it('lists every collection but the mixed projects one, with an extent inside Germany', async () => {
    const { res, body } = await getJson(app, '/api/collections')
    expect(res.status).toBe(200)
    expect(body.collections.map((c: any) => c.id)).toEqual(ogcCollections.filter((l) => l.id !== 'projects').map((l) => l.id))
    for (const c of body.collections) {
      const [minx, miny, maxx, maxy] = c.extent.spatial.bbox[0]
      expect(minx).toBeGreaterThan(5.8)
      expect(maxx).toBeLessThan(15.1)
      expect(miny).toBeGreaterThan(47.2)
      expect(maxy).toBeLessThan(55.1)
      expect(c.links.some((l: any) => l.rel === 'items')).toBe(true)
    }
  })

  it('marks the layers that hold sample data', async () => {
    const { body } = await getJson(app, '/api/collections/development_land')
    expect(body.sample).toBe(true)
    expect((await getJson(app, '/api/collections/rail_stops')).body.sample).toBe(false)
  })

  it.each(ogcCollections.map((l) => l.id))('serves exactly the seeded number of %s', async (id) => {
    const { body } = await getJson(app, `/api/collections/${id}/items?limit=10000`)
    expect(body.numberMatched).toBe(seedCounts[id])
    expect(body.numberReturned).toBe(seedCounts[id])
    expect(body.features).toHaveLength(seedCounts[id])
  })

  it('returns exactly the four Paderborn stops inside a hand-chosen bbox', async () => {
    const { body } = await getJson(app, '/api/collections/rail_stops/items?bbox=8.70,51.70,8.80,51.75')
    expect(body.features.map((f: any) => f.properties.name).sort()).toEqual([
      'Paderborn Hbf',
      'Paderborn Kasseler Tor',
      'Paderborn Nord',
      'Paderborn-Schloß-Neuhaus',
    ])
  })

  it('visits every rail stop exactly once when paging with limit=7', async () => {
    const seen: number[] = []
    let url: string | undefined = '/api/collections/rail_stops/items?limit=7'
    let pages = 0
    while (url) {
      const { body }: { body: any } = await getJson(app, url)
      seen.push(...body.features.map((f: any) => f.id))
      url = body.links.find((l: any) => l.rel === 'next')?.href.replace(/^https?:\/\/[^/]+/, '')
      pages++
    }
    expect(pages).toBe(Math.ceil(52 / 7))
    expect(seen).toHaveLength(52)
    expect(new Set(seen).size).toBe(52)
  })

  it('links back with prev from the second page', async () => {
    const { body } = await getJson(app, '/api/collections/rail_stops/items?limit=7&offset=7')
    const prev = body.links.find((l: any) => l.rel === 'prev')
    expect(new URL(prev.href).searchParams.get('offset')).toBe('0')
    expect(body.numberReturned).toBe(7)
  })

  it('combines property filters with AND, and an enumeration’s comma-separated values with OR', async () => {
    const inRegion = await getJson(app, '/api/collections/health_facilities/items?in_region=true')
    expect(inRegion.body.numberMatched).toBe(28)
    const hospitals = await getJson(app, '/api/collections/health_facilities/items?in_region=true&type=krankenhaus')
    expect(hospitals.body.numberMatched).toBe(26)
    const dayClinics = await getJson(app, '/api/collections/health_facilities/items?in_region=true&type=tagesklinik')
    expect(dayClinics.body.numberMatched).toBe(2)
    const either = await getJson(app, '/api/collections/health_facilities/items?in_region=true&type=krankenhaus,tagesklinik')
    expect(either.body.numberMatched).toBe(28)
  })

  it('filters hospital sites by care type: 16 general, 11 psychiatric and 1 specialist site inside the region', async () => {
    const count = async (q: string) => (await getJson(app, `/api/collections/health_facilities/items?in_region=true&${q}`)).body.numberMatched
    expect(await count('care_type=general')).toBe(16)
    expect(await count('care_type=psychiatry')).toBe(11)
    expect(await count('care_type=specialist')).toBe(1)
    // Marsberg: the LWL clinic next door is psychiatric, St.-Marien-Hospital is the one general hospital.
    const marsberg = await getJson(app, '/api/collections/health_facilities/items?municipality=Marsberg&care_type=general')
    expect(marsberg.body.features.map((f: any) => f.properties.name)).toEqual(['St.-Marien-Hospital Marsberg – Hauptstandort'])
  })

  it('filters array properties by any matching element', async () => {
    const { body } = await getJson(app, '/api/collections/rail_stops/items?rail_products=nationalExpress&in_region=true')
    expect(body.features.length).toBeGreaterThan(0)
    for (const f of body.features) expect(f.properties.rail_products).toContain('nationalExpress')
  })

  it('serves one feature by id with its links', async () => {
    const { res, body } = await getJson(app, '/api/collections/municipalities/items/05774012')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/geo+json')
    expect(body.properties.name).toBe('Borchen')
    expect(body.links.map((l: any) => l.rel)).toEqual(['self', 'collection'])
  })

  it('computes areas in EPSG:25832, close to the cadastral area', async () => {
    const { body } = await getJson(app, '/api/collections/municipalities/items/05774012')
    // Borchen: cadastral area 76.9 km² (VG250 KFL); the generalised polygon differs a little.
    expect(body.properties.area_ha / 100).toBeCloseTo(body.properties.area_km2, -0.5)
  })

  it('gives GIS clients one geometry type per projects collection', async () => {
    const all = (await getJson(app, '/api/collections/projects/items?limit=1000')).body.features
    const points = (await getJson(app, '/api/collections/project_points/items?limit=1000')).body.features
    const areas = (await getJson(app, '/api/collections/project_areas/items?limit=1000')).body.features
    expect(new Set(points.map((f: any) => f.geometry.type))).toEqual(new Set(['Point']))
    expect(new Set(areas.map((f: any) => f.geometry.type))).toEqual(new Set(['MultiPolygon']))
    expect(points.map((f: any) => f.id).sort()).toEqual(all.filter((f: any) => f.geometry).map((f: any) => f.id).sort())
    expect(areas.map((f: any) => f.id).sort()).toEqual(all.filter((f: any) => f.geometry?.type === 'Polygon').map((f: any) => f.id).sort())
    expect(points.filter((f: any) => f.properties.from_area)).toHaveLength(areas.length)
  })

  it('never serves contact details of projects', async () => {
    const { body } = await getJson(app, '/api/collections/projects/items?limit=1000')
    for (const f of body.features) {
      expect(Object.keys(f.properties).filter((k) => k.startsWith('contact'))).toEqual([])
      expect(f.properties.sample).toBe(true)
    }
  })
})

describe('paging', () => {
  it('links the next page after the last id (keyset), and that page continues exactly', async () => {
    const first = (await getJson(app, '/api/collections/population_grid/items?limit=500')).body
    const next = new URL(first.links.find((l: any) => l.rel === 'next').href)
    expect(next.searchParams.get('after')).toBe(String(first.features.at(-1).id))
    expect(next.searchParams.get('offset')).toBeNull()
    const second = (await getJson(app, next.pathname + next.search)).body
    expect(second.numberMatched).toBe(2714)
    expect(second.features[0].id > first.features.at(-1).id).toBe(true)
    const deep = (await getJson(app, '/api/collections/population_grid/items?limit=500&offset=500')).body
    expect(second.features.map((f: any) => f.id)).toEqual(deep.features.map((f: any) => f.id))
  })

  it('answers a deep offset with the features at that position and no next link at the end', async () => {
    const all = (await getJson(app, '/api/collections/population_grid/items?limit=10000&properties=grid_id&skipGeometry=true')).body.features.map((f: any) => f.id)
    const page = (await getJson(app, '/api/collections/population_grid/items?limit=100&offset=2700')).body
    expect(page.numberReturned).toBe(14)
    expect(page.features.map((f: any) => f.id)).toEqual(all.slice(2700))
    expect(page.links.find((l: any) => l.rel === 'next')).toBeUndefined()
  })

  it('pages by offset when sorted by a property', async () => {
    const page = (await getJson(app, '/api/collections/municipalities/items?sortby=-population&limit=10')).body
    const next = new URL(page.links.find((l: any) => l.rel === 'next').href)
    expect(next.searchParams.get('offset')).toBe('10')
    expect(next.searchParams.get('after')).toBeNull()
  })
})
