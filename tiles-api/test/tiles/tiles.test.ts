import { getLayer, tileProperties } from '@regiopol/geodata'
import { describe, expect, inject, it } from 'vitest'
import { getJson, testApp, testSql } from '../support/app.ts'
import { decodeTile, grownBounds, outlineDistance, tileOf, tilePath, toTileUnits } from './support.ts'

const sql = testSql()
const app = testApp(sql)
const layer = getLayer('development_land')

// The z12 tile around the first seed site, and the sites the items endpoint finds there.
const [site] = await sql<{ lon: number; lat: number }[]>`
  select ST_X(ST_Centroid(geom)) as lon, ST_Y(ST_Centroid(geom)) as lat from development_land order by id limit 1`
const tile = tileOf(site!.lon, site!.lat, 12)
const itemsIn = async (bbox: number[]) =>
  (await getJson(app, `/api/collections/development_land/items?limit=10000&bbox=${bbox.join(',')}`)).body.features as any[]

describe('vector tiles of a collection', () => {
  it('answers a tile as a Mapbox Vector Tile with one layer named after the catalogue source layer', async () => {
    const res = await app.request(tilePath('development_land', tile))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    expect(Object.keys(decodeTile(await res.arrayBuffer()))).toEqual([layer.sourceLayer])
  })

  it('holds every site that meets the tile and none that stays outside its buffer', async () => {
    const decoded = decodeTile(await (await app.request(tilePath('development_land', tile))).arrayBuffer())[layer.sourceLayer]!
    const ids = new Set(decoded.map((f) => f.id))
    const inside = await itemsIn(grownBounds(tile, 0))
    const withBuffer = new Set((await itemsIn(grownBounds(tile, 64 / 4096))).map((f) => f.id))
    expect(inside.length).toBeGreaterThan(0)
    for (const f of inside) expect(ids.has(f.id), `site ${f.id}`).toBe(true)
    for (const id of ids) expect(withBuffer.has(id), `site ${id}`).toBe(true)
  })

  it('writes exactly the properties the map needs, with the values the items endpoint has', async () => {
    const decoded = decodeTile(await (await app.request(tilePath('development_land', tile))).arrayBuffer())[layer.sourceLayer]!
    const items = new Map((await itemsIn(grownBounds(tile, 64 / 4096))).map((f) => [f.id, f.properties]))
    const keys = tileProperties(layer).map((p) => p.key)
    expect(keys).toEqual(['name', 'use', 'planning_status', 'reserve_type', 'availability', 'restrictions', 'area_ha', 'net_area_ha', 'sample'])
    for (const f of decoded) {
      // MVT values are scalars: a list (the site's restrictions) travels as comma-separated text.
      const value = (v: unknown) => (Array.isArray(v) ? v.join(',') : v)
      const expected = Object.fromEntries(keys.map((k) => [k, value(items.get(f.id)[k])]))
      expect(f.properties).toEqual(expected)
    }
  })

  it('puts each vertex of a site inside the tile within one tile unit of its position', async () => {
    const decoded = decodeTile(await (await app.request(tilePath('development_land', tile))).arrayBuffer())[layer.sourceLayer]!
    const items = await itemsIn(grownBounds(tile, 0))
    const whole = items.filter((f) => f.geometry.coordinates.flat(2).every(([lon, lat]: [number, number]) => {
      const [u, v] = toTileUnits([lon, lat], tile)
      return u > 1 && u < 4095 && v > 1 && v < 4095
    }))
    expect(whole.length).toBeGreaterThan(0)
    for (const item of whole) {
      const rings = item.geometry.coordinates.flat(1).map((r: [number, number][]) => r.slice(0, -1).map((p) => toTileUnits(p, tile)))
      const got = decoded.find((f) => f.id === item.id)!
      expect(outlineDistance(got.rings, rings), `site ${item.id}`).toBeLessThanOrEqual(1)
    }
  })

  it('answers 204 with cache headers for a tile without features', async () => {
    const res = await app.request(tilePath('development_land', tileOf(0, 0, 14)))
    expect(res.status).toBe(204)
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate, stale-if-error=86400')
    expect(res.headers.get('etag')).toMatch(/^"t1-development_land-14-/)
  })

  it('refuses malformed tile coordinates with 400 naming the coordinate', async () => {
    const res = await app.request('/api/collections/development_land/tiles/WebMercatorQuad/12/abc/1367')
    expect(res.status).toBe(400)
    const body = (await res.json()) as any
    expect(body).toMatchObject({ parameter: 'x', detail: 'Spalte „abc“ ist keine ganze Zahl ≥ 0.' })
  })

  it('answers 404 for an unknown layer, an unknown tile matrix set, a zoom beyond 16 and a column outside the grid', async () => {
    for (const path of [
      '/api/collections/nope/tiles/WebMercatorQuad/12/2147/1367',
      '/api/collections/development_land/tiles/WorldCRS84Quad/12/2147/1367',
      '/api/collections/development_land/tiles/WebMercatorQuad/17/2147/1367',
      '/api/collections/development_land/tiles/WebMercatorQuad/2/4/1',
    ]) {
      const res = await app.request(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
    }
  })

  it('keeps every z10 tile of every layer over the region under 500 KB', async () => {
    const [west, north] = [tileOf(8.18, 52.05, 10), tileOf(9.46, 51.37, 10)]
    for (const { id } of [getLayer('population_grid'), layer, getLayer('municipalities'), getLayer('compensation_areas')]) {
      for (let x = west.x; x <= north.x; x++) {
        for (let y = west.y; y <= north.y; y++) {
          const res = await app.request(tilePath(id, { z: 10, x, y }))
          expect((await res.arrayBuffer()).byteLength, `${id} 10/${x}/${y}`).toBeLessThan(500_000)
        }
      }
    }
  })
})

describe('the database without ST_AsMVT', () => {
  it(`is the embedded one, which still serves every tile (this run: ${inject('databaseKind')})`, async () => {
    const { canAsMvt } = await import('../../src/tiles/query.ts')
    expect(await canAsMvt(sql)).toBe(inject('databaseKind') === 'server')
  })
})
