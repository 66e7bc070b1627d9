import { describe, expect, it } from 'vitest'
import type { Polygon } from 'geojson'
import { catchmentShare } from './catchment-share.ts'
import { haversineM } from './distance.ts'
import { parseRisProductsCsv, stopsFromGeoJSON, type SiteInput } from './inputs.ts'
import { areaOf, projectPolygon } from './polygon.ts'
import { toUtm32 } from './projection.ts'
import { sitesToCsv } from './site-export.ts'
import { scoreSite } from './site-score.ts'
import { siteTotals } from './site-totals.ts'
import { analyseSites, prepareSiteContext } from './sites.ts'
import { readData, readText } from './test-helpers.ts'

const stops = stopsFromGeoJSON(readData('rail_stops.geojson'), {
  products: parseRisProductsCsv(readText('rail_stops_ris_products.csv')),
})

// A 0.002° × 0.0012° rectangle (1.84 ha) west of Bad Driburg station.
const site: SiteInput = {
  id: 'hand', name: 'Handrechnung', municipalityAgs: '05762004', use: 'wohnen', planningStatus: 'potenzial',
  geometry: { type: 'Polygon', coordinates: [[[9.024, 51.7324], [9.026, 51.7324], [9.026, 51.7336], [9.024, 51.7336], [9.024, 51.7324]]] },
}

// Measured on PostGIS 3 / PostgreSQL 15 (database analysis_dev, seeded rail_stops):
//   select s.name, ST_Distance(ST_Centroid(ST_Transform(site, 25832)), ST_Transform(s.geom, 25832))
//   from rail_stops s order by ST_Centroid(site) <-> s.geom limit 1
//   -> Bad Driburg (Westf) | 499.63670920261023; ST_Area(ST_Transform(site, 25832)) = 18433.203686026663
const POSTGIS_DISTANCE_M = 499.63670920261023
const POSTGIS_AREA_M2 = 18433.203686026663

describe('site analysis', () => {
  const ctx = prepareSiteContext(stops)
  const [row] = analyseSites([site], ctx, { catchmentM: 600 })

  it('finds Bad Driburg (Westf) as the nearest stop', () => {
    expect(row!.nearestStopName).toBe('Bad Driburg (Westf)')
  })

  it('agrees with a hand haversine (centre 9.025/51.733 to 9.03081/51.730323 = 498.70 m) within 0.5 %', () => {
    // haversine by hand: Δφ = −0.002677°, Δλ = 0.00581°, R = 6,371,008.8 m -> 498.70 m
    expect(haversineM([9.025, 51.733], [9.03081, 51.730323])).toBeCloseTo(498.70, 1)
    expect(Math.abs(row!.distanceM - 498.70) / 498.70).toBeLessThan(0.005)
  })

  it('matches PostGIS ST_Distance in EPSG:25832 within 0.5 % (in fact to about a centimetre)', () => {
    expect(Math.abs(row!.distanceM - POSTGIS_DISTANCE_M) / POSTGIS_DISTANCE_M).toBeLessThan(0.005)
    expect(Math.abs(row!.distanceM - POSTGIS_DISTANCE_M)).toBeLessThan(0.01)
    expect(row!.areaHa * 10_000).toBeCloseTo(POSTGIS_AREA_M2, 0)
  })

  it('estimates 8.66 walking and 2.60 cycling minutes (× 1.3 detour)', () => {
    expect(row!.walkMin).toBeCloseTo((POSTGIS_DISTANCE_M * 1.3) / 75, 2)
    expect(row!.bikeMin).toBeCloseTo((POSTGIS_DISTANCE_M * 1.3) / 250, 2)
  })

  it('reports the stop service from its products', () => {
    expect(row!.stopProducts).toEqual(['regional'])
    expect(row!.stopServiceLabel).toBe('RB (Kat. 6)')
  })

  it('counts the site fully inside a 1,200 m catchment and outside a 300 m one', () => {
    expect(analyseSites([site], ctx, { catchmentM: 1200 })[0]!.catchmentShare).toBe(1)
    expect(analyseSites([site], ctx, { catchmentM: 300 })[0]!.catchmentShare).toBe(0)
  })

  it('totals hectares inside and outside per municipality and use', () => {
    const totals = siteTotals(analyseSites([site], ctx, { catchmentM: 1200 }))
    expect(totals).toEqual([{ municipalityAgs: '05762004', use: 'wohnen', sites: 1, insideHa: row!.areaHa, outsideHa: 0 }])
  })

  it('scores a site next to an ICE stop higher than the same site 2 km away', () => {
    const near = { ...row!, distanceM: 100, stopService: 1 }
    const far = { ...row!, distanceM: 2100, stopService: 1 }
    expect(scoreSite(near)).toBeGreaterThan(scoreSite(far))
    expect(scoreSite(near, { distance: 1, service: 0, size: 0, hospital: 0, catchment: 0 })).toBeCloseTo(100 * (1 - 100 / 3000), 6)
  })

  it('exports a semicolon CSV with decimal commas and no formula injection', () => {
    const csv = sitesToCsv([{ ...row!, name: '=HYPERLINK("x")' }], [42.5])
    const [header, line] = csv.replace('\uFEFF', '').split('\r\n')
    expect(header!.split(';')[0]).toBe('id')
    expect(line).toContain(`"'=HYPERLINK(""x"")"`)
    expect(line!.endsWith(';42,5')).toBe(true)
  })
})

describe('catchment share', () => {
  it('is π/4 for a square with the catchment circle inscribed', () => {
    const [x, y] = toUtm32(8.75, 51.72)
    const sq: Polygon = { type: 'Polygon', coordinates: [[[8.74, 51.71], [8.76, 51.71], [8.76, 51.73], [8.74, 51.73], [8.74, 51.71]]] }
    const parts = projectPolygon(sq)
    // a square in the projected plane centred on the stop, 1,000 m wide
    parts[0]![0] = Float64Array.of(x - 500, y - 500, x + 500, y - 500, x + 500, y + 500, x - 500, y + 500, x - 500, y - 500)
    expect(catchmentShare(parts, areaOf(parts), [[x, y]], 500)).toBeCloseTo(Math.PI / 4, 4)
  })

  it('counts the overlap of two catchments once', () => {
    const [x, y] = toUtm32(8.75, 51.72)
    const parts = [[Float64Array.of(x - 500, y - 500, x + 500, y - 500, x + 500, y + 500, x - 500, y + 500, x - 500, y - 500)]]
    // two inscribed circles at the same place cover exactly what one covers
    expect(catchmentShare(parts, areaOf(parts), [[x, y], [x, y]], 500)).toBeCloseTo(Math.PI / 4, 4)
  })
})
