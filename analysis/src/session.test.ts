import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AnalysisSession } from './session.ts'
import { gtfsFixture } from './transit/gtfs-fixture.ts'
import { readData, readText } from './test-helpers.ts'

describe('analysis session (what the worker runs)', () => {
  const s = new AnalysisSession()
  s.handle({
    type: 'setData',
    data: {
      facilities: readData('health_facilities.geojson'), region: readData('region_outline.geojson'),
      municipalities: readData('municipalities.geojson'), population: readData('population_grid_1km_zensus2011.geojson'),
      stops: readData('rail_stops.geojson'), stopProductsCsv: readText('rail_stops_ris_products.csv'),
      sites: JSON.parse(readFileSync(new URL('../../geodata/seed/sample/development_land.geojson', import.meta.url), 'utf8')),
    },
  })
  const base = s.handle({ type: 'health', params: { cellSize: 1000, mode: 'car', facilityTypes: ['krankenhaus'], thresholds: [5, 10] } })

  it('switching off the hospital a municipality relies on worsens that municipality and nothing improves', () => {
    const top = base.closure[0]!
    expect(top.newlyBeyond).toBeGreaterThan(0)
    const res = s.handle({ type: 'scenario', scenario: { off: [top.id], added: [] } })
    expect(res.deltas.region.newlyBeyond[1]).toBeCloseTo(top.newlyBeyond, 6)
    expect(res.deltas.region.newlyWithin[1]).toBe(0)
    const worse = res.indicators.municipalities.filter((m, i) => m.meanMin > base.indicators.municipalities[i]!.meanMin)
    expect(worse.length).toBeGreaterThan(0)
    expect(res.summaryDe[1]).toMatch(/Einwohner neu über 10 Minuten$/)
    // and back: the baseline again
    const back = s.handle({ type: 'scenario', scenario: { off: [], added: [] } })
    expect([...back.minutes]).toEqual([...base.minutes])
  })

  it('runs the site table over the sample development land and exports it', () => {
    const res = s.handle({ type: 'sites', params: { catchmentM: 1200 } })
    expect(res.rows.length).toBeGreaterThanOrEqual(60)
    expect(res.rows.every((r) => r.nearestStopName !== null && r.hospitalName !== null)).toBe(true)
    expect(s.handle({ type: 'exportSites', format: 'csv' }).split('\r\n').length).toBe(res.rows.length + 2)
  })

  it('reports catchment population per stop, per municipality and once for the region', () => {
    const res = s.handle({ type: 'catchments', radiusM: 1200 })
    const perStopSum = Object.values(res.population.perStop).reduce((a, b) => a + b, 0)
    const perMuniSum = Object.values(res.population.perMunicipality).reduce((a, b) => a + b, 0)
    expect(res.population.region).toBeGreaterThan(0)
    expect(perMuniSum).toBeCloseTo(res.population.region, 6)
    expect(perStopSum).toBeGreaterThanOrEqual(res.population.region) // overlaps count per stop
  })
})

describe('ÖV-Güteklassen in the session', () => {
  it('classes the 250 m cells around the fixture’s station and keeps every inhabitant in one class', () => {
    const s = new AnalysisSession()
    s.handle({ type: 'setData', data: { region: readData('region_outline.geojson'), municipalities: readData('municipalities.geojson'), population: readData('population_grid_1km_zensus2011.geojson') } })
    const zip = gtfsFixture()
    const res = s.handle({ type: 'oev', gtfs: zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer, date: '20261208', cellSize: 250 })
    expect([res.stops, res.ratedStops]).toEqual([3, 3]) // the far terminus has no departures 6–20 h, so it is not a stop here
    expect(res.population.region.reduce((a, b) => a + b, 0)).toBeCloseTo(706_300, 3)
    expect(res.population.region[2]).toBeGreaterThan(0) // class B around the station in Paderborn
    expect(res.population.region[1]).toBe(0) // no class A: nothing runs every 5 minutes on a Tuesday
  })
})
