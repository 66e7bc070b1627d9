import { readFileSync } from 'node:fs'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { readAreaFile } from './read.ts'
import type { UploadFeature } from './types.ts'

/*
 * The fixtures are real files written by GDAL (__fixtures__/make-fixtures.sh). The
 * expected WGS84 coordinates come from PROJ (gdaltransform -s_srs EPSG:25832
 * -t_srs OGC:CRS84), not from our own projection code.
 */

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)))
const readers = { loadSql: () => initSqlJs() }
const codes = (f: UploadFeature) => f.problems.map((p) => p.code)

describe('reading a zipped Shapefile in EPSG:25832', () => {
  it('reads all four features with their attributes and reprojects them to WGS84', async () => {
    const result = await readAreaFile('areas-25832.zip', fixture('areas-25832.zip'), readers)
    expect(result.format).toBe('shapefile')
    expect(result.layers).toEqual([{ name: 'areas', crs: { kind: 'utm32', label: 'ETRS_1989_UTM_Zone_32N (EPSG:25832)' }, count: 4 }])
    expect(result.columns).toEqual(['name', 'punkte'])
    expect(result.features.map((f) => f.properties.name)).toEqual(['Streuobstwiese Am Hang', 'Kreuzfläche', '', 'Weit weg'])
    expect(result.features.map((f) => f.vertices)).toEqual([5, 5, 10, 5])

    const square = result.features[0]!
    expect(square.problems).toEqual([])
    expect(square.geometry?.type).toBe('Polygon')
    const ring = (square.geometry as { coordinates: number[][][] }).coordinates[0]!
    // (482400, 5721600) and (482700, 5721900) in EPSG:25832, by PROJ: 1e-8° is about a millimetre.
    expect(ring).toContainEqual([expect.closeTo(8.74563535622709, 8), expect.closeTo(51.6451264548662, 8)])
    expect(ring).toContainEqual([expect.closeTo(8.74995623410168, 8), expect.closeTo(51.6478331905764, 8)])
  })

  it('reports the bow-tie as a self-intersection at its crossing point and keeps it unsaveable', async () => {
    const { features } = await readAreaFile('areas-25832.zip', fixture('areas-25832.zip'), readers)
    const bowTie = features[1]!
    expect(codes(bowTie)).toEqual(['self-intersection'])
    expect(bowTie.geometry).toBeNull()
    expect(bowTie.preview?.type).toBe('Polygon')
    // The diagonals cross at (483100, 5721700); PROJ: 8.7557471992794, 51.6460470732068.
    expect(bowTie.problems[0]!.params).toEqual({ lon: expect.closeTo(8.755747, 6), lat: expect.closeTo(51.646047, 6) })
  })

  it('keeps the hole of the third feature and flags the feature far outside the region', async () => {
    const { features } = await readAreaFile('areas-25832.zip', fixture('areas-25832.zip'), readers)
    expect((features[2]!.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2)
    expect(codes(features[2]!)).toEqual([])
    expect(features[3]!.problems).toEqual([{ code: 'outside-region', params: { count: 5, total: 5 } }])
    expect(features[3]!.geometry).toBeNull()
  })
})

describe('reading a GeoPackage in EPSG:4326', () => {
  it('decodes the polygons, the multipolygon and the line with their columns', async () => {
    const result = await readAreaFile('areas-4326.gpkg', fixture('areas-4326.gpkg'), readers)
    expect(result.format).toBe('geopackage')
    expect(result.layers).toEqual([{ name: 'flaechen', crs: { kind: 'wgs84', label: 'EPSG:4326' }, count: 4 }])
    expect(result.columns).toEqual(['bezeichnung', 'oekopunkte'])
    const [hedge, copses, ditch, orchard] = result.features
    expect(hedge!.properties).toEqual({ bezeichnung: 'Hecke am Bach', oekopunkte: 12000 })
    expect(hedge!.geometry).toEqual({ type: 'Polygon', coordinates: [[[8.76, 51.65], [8.764, 51.65], [8.764, 51.652], [8.76, 51.652], [8.76, 51.65]]] })
    expect(copses!.geometry?.type).toBe('MultiPolygon')
    expect(copses!.vertices).toBe(10)
    expect(copses!.problems).toEqual([])
    expect(ditch!.problems).toEqual([{ code: 'not-polygon', params: { type: 'LineString' } }])
    expect(ditch!.preview).toEqual({ type: 'LineString', coordinates: [[8.75, 51.66], [8.76, 51.661]] })
    // Only the API can see that this one overlaps an area already in the pool.
    expect(orchard!).toMatchObject({ properties: { bezeichnung: 'Obstwiese Hangfuß' }, vertices: 5, problems: [] })
  })
})

describe('reading GeoJSON', () => {
  it('accepts a bare polygon and a collection of several features, each checked on its own', async () => {
    const ring = [[8.7, 51.7], [8.71, 51.7], [8.71, 51.71], [8.7, 51.71], [8.7, 51.7]]
    const bare = await readAreaFile('a.geojson', new TextEncoder().encode(JSON.stringify({ type: 'Polygon', coordinates: [ring] })), readers)
    expect(bare.features.map((f) => f.problems)).toEqual([[]])
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Aue' }, geometry: { type: 'Polygon', coordinates: [ring] } }, { type: 'Feature', properties: { name: 'Punkt' }, geometry: { type: 'Point', coordinates: [8.7, 51.7] } }] }
    const read = await readAreaFile('b.json', new TextEncoder().encode(JSON.stringify(fc)), readers)
    expect(read.columns).toEqual(['name'])
    expect(read.features.map(codes)).toEqual([[], ['not-polygon']])
  })
})

describe('refusing files', () => {
  it('refuses an unknown extension, an empty collection and a zip without a .shp', async () => {
    await expect(readAreaFile('areas.kml', new Uint8Array(3), readers)).rejects.toThrow(/Unbekanntes Dateiformat/)
    const empty = new TextEncoder().encode('{"type":"FeatureCollection","features":[]}')
    await expect(readAreaFile('leer.geojson', empty, readers)).rejects.toThrow(/keine Objekte/)
    await expect(readAreaFile('kaputt.json', new TextEncoder().encode('{nope'), readers)).rejects.toThrow(/Kein gültiges JSON/)
    await expect(readAreaFile('kaputt.zip', new TextEncoder().encode('kein zip'), readers)).rejects.toThrow()
  })

  it('reads a GeoJSON in EPSG:25832 (legacy crs member) and refuses Gauß-Krüger by name', async () => {
    const utm = { type: 'Feature', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } }, properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: [[[482400, 5721600], [482700, 5721600], [482700, 5721900], [482400, 5721600]]] } }
    const read = await readAreaFile('a.geojson', new TextEncoder().encode(JSON.stringify(utm)), readers)
    expect(read.features[0]!.problems).toEqual([])
    expect((read.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]).toEqual([expect.closeTo(8.74563535622709, 8), expect.closeTo(51.6451264548662, 8)])
    const gk = { ...utm, crs: { type: 'name', properties: { name: 'EPSG:31467' } } }
    const refused = await readAreaFile('b.geojson', new TextEncoder().encode(JSON.stringify(gk)), readers)
    expect(refused.features[0]!.problems).toEqual([{ code: 'crs-unsupported', params: { crs: 'EPSG:31467' } }])
  })
})
