import { describe, expect, it } from 'vitest'
import { getJson, testApp, testSql } from '../support/app.ts'

/*
 * OGC API - Features - Part 2: CRS by reference. Paderborn Hbf (rail stop 38, lon 8.740505,
 * lat 51.712979) transformed independently with GDAL's gdaltransform (PROJ):
 * EPSG:25832 E 482071.835 N 5729147.570; EPSG:3035 E 4233953.469 N 3178815.955 (axis order
 * northing, easting); EPSG:3857 972988.566, 6748393.831.
 */

const sql = testSql()
const app = testApp(sql)
const epsg = (code: number) => `http://www.opengis.net/def/crs/EPSG/0/${code}`
const stop = (crs: string) => getJson(app, `/api/collections/rail_stops/items/38?crs=${encodeURIComponent(crs)}`)

describe('coordinate reference systems (Part 2)', () => {
  it('lists the offered CRSs and the storage CRS on every collection', async () => {
    const { body } = await getJson(app, '/api/collections')
    for (const c of body.collections) {
      expect(c.storageCrs).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84')
      expect(c.crs).toEqual(expect.arrayContaining([epsg(4326), epsg(4258), epsg(25832), epsg(3035), epsg(3857)]))
    }
  })

  it('answers in EPSG:25832 with the Content-Crs header', async () => {
    const { res, body } = await stop(epsg(25832))
    expect(res.headers.get('content-crs')).toBe(`<${epsg(25832)}>`)
    expect(body.geometry.coordinates[0]).toBeCloseTo(482071.835, 1)
    expect(body.geometry.coordinates[1]).toBeCloseTo(5729147.57, 1)
  })

  it('puts latitude first in EPSG:4326 and EPSG:4258, as their axis order says', async () => {
    for (const code of [4326, 4258]) {
      const { body } = await stop(epsg(code))
      expect(body.geometry.coordinates[0]).toBeCloseTo(51.712979, 5)
      expect(body.geometry.coordinates[1]).toBeCloseTo(8.740505, 5)
    }
    expect((await stop('http://www.opengis.net/def/crs/OGC/1.3/CRS84')).body.geometry.coordinates).toEqual([8.740505, 51.712979])
  })

  it('puts northing first in EPSG:3035 and serves EPSG:3857', async () => {
    const laea = (await stop(epsg(3035))).body.geometry.coordinates
    expect(laea[0]).toBeCloseTo(3178815.955, 1)
    expect(laea[1]).toBeCloseTo(4233953.469, 1)
    const mercator = (await stop(epsg(3857))).body.geometry.coordinates
    expect(mercator[0]).toBeCloseTo(972988.566, 1)
    expect(mercator[1]).toBeCloseTo(6748393.831, 1)
  })

  it('transforms a whole page of items and says so in Content-Crs', async () => {
    const { res, body } = await getJson(app, `/api/collections/municipalities/items?crs=${epsg(25832)}&limit=1`)
    expect(res.headers.get('content-crs')).toBe(`<${epsg(25832)}>`)
    const [x, y] = body.features[0].geometry.coordinates[0][0][0]
    expect(x).toBeGreaterThan(280_000)
    expect(x).toBeLessThan(920_000)
    expect(y).toBeGreaterThan(5_200_000)
  })

  it('reads bbox-crs=EPSG:4326 as lat/lon', async () => {
    const { body } = await getJson(app, `/api/collections/rail_stops/items?bbox=51.70,8.70,51.75,8.80&bbox-crs=${epsg(4326)}`)
    expect(body.numberMatched).toBe(4)
  })

  it('reads bbox-crs=EPSG:25832 in metres, the same stops PostGIS finds in that box', async () => {
    const [ref] = await sql<{ n: number }[]>`select count(*)::int as n from rail_stops
      where ST_Intersects(ST_Transform(geom, 25832), ST_MakeEnvelope(470000, 5720000, 490000, 5740000, 25832))`
    const { body } = await getJson(app, `/api/collections/rail_stops/items?bbox=470000,5720000,490000,5740000&bbox-crs=${epsg(25832)}`)
    expect(ref!.n).toBeGreaterThan(4)
    expect(body.numberMatched).toBe(ref!.n)
  })
})
