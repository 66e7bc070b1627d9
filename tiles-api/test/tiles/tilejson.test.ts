import { layers } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { getJson, testApp } from '../support/app.ts'
import { decodeTile } from './support.ts'

const app = testApp()

describe('tile metadata: OGC API - Tiles and TileJSON', () => {
  it('lists WebMercatorQuad as the one tile matrix set, with 17 zoom levels of 2^z × 2^z tiles', async () => {
    const { body } = await getJson(app, '/api/tileMatrixSets/WebMercatorQuad')
    expect(body.id).toBe('WebMercatorQuad')
    expect(body.tileMatrices).toHaveLength(17)
    expect(body.tileMatrices[12]).toMatchObject({ id: '12', matrixWidth: 4096, matrixHeight: 4096, tileWidth: 256 })
    expect((await app.request('/api/tileMatrixSets/WorldCRS84Quad')).status).toBe(404)
  })

  it('links each collection to its tilesets and each tileset to its tile template', async () => {
    const { body: collection } = await getJson(app, '/api/collections/development_land')
    const tilesets = collection.links.find((l: any) => l.rel === 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector')
    expect(tilesets.href).toBe('http://localhost/api/collections/development_land/tiles')
    const { body: list } = await getJson(app, '/api/collections/development_land/tiles')
    expect(list.tilesets[0].tileMatrixSetURI).toBe('http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad')
    const { body: tileset } = await getJson(app, '/api/collections/development_land/tiles/WebMercatorQuad')
    expect(tileset.links.find((l: any) => l.rel === 'item')).toMatchObject({
      href: 'http://localhost/api/collections/development_land/tiles/WebMercatorQuad/{z}/{x}/{y}', type: 'application/vnd.mapbox-vector-tile', templated: true,
    })
  })

  it('describes a collection in TileJSON 3.0.0 with its source layer and the fields in its tiles', async () => {
    const { res, body } = await getJson(app, '/api/collections/development_land/tiles/WebMercatorQuad/tilejson.json')
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox.tile+json')
    expect(body).toMatchObject({ tilejson: '3.0.0', minzoom: 0, maxzoom: 16, tiles: ['http://localhost/api/collections/development_land/tiles/WebMercatorQuad/{z}/{x}/{y}'] })
    expect(body.vector_layers).toEqual([
      { id: 'development_land', description: 'Bauland- und Siedlungsflächenpotenziale', minzoom: 0, maxzoom: 16, fields: { name: 'String', use: 'String', planning_status: 'String', reserve_type: 'String', availability: 'String', restrictions: 'String', area_ha: 'Number', net_area_ha: 'Number', sample: 'Boolean' } },
    ])
    expect(body.bounds[0]).toBeGreaterThan(8)
  })

  it('describes the whole atlas in one TileJSON whose tiles hold every layer that has features there', async () => {
    const { body } = await getJson(app, '/api/tiles/WebMercatorQuad/tilejson.json')
    expect(body.vector_layers.map((l: any) => l.id)).toEqual(layers.map((l) => l.sourceLayer))
    const res = await app.request('/api/tiles/WebMercatorQuad/10/536/339')
    expect(res.status).toBe(200)
    const names = Object.keys(decodeTile(await res.arrayBuffer()))
    expect(names).toEqual(expect.arrayContaining(['districts', 'municipalities', 'population_grid', 'development_land', 'rail_stops', 'rail_lines']))
    const again = await app.request('/api/tiles/WebMercatorQuad/10/536/339', { headers: { 'If-None-Match': res.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })

  it('names the OGC API - Tiles conformance classes', async () => {
    const { body } = await getJson(app, '/api/conformance')
    expect(body.conformsTo).toEqual(expect.arrayContaining(['http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core', 'http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt']))
  })
})
