import type { FeatureCollection, Geometry } from 'geojson'
import { describe, expect, it } from 'vitest'
import { AnalysisSession } from '@regiopol/analysis'
import { readData } from '@regiopol/analysis/test-helpers'
import { analysisDataFrom, facilityPoints, regionOf, withMinutes } from './analysis-data.ts'

/** The data files in the shape the API serves (feature ids, as the feature cache keeps them). */
function apiShape(fc: FeatureCollection<Geometry | null>): FeatureCollection<Geometry | null> {
  return { ...fc, features: fc.features.map((f, i) => ({ ...f, id: f.id ?? i + 1 })) }
}

describe('analysis inputs from the viewer layers', () => {
  const municipalities = readData('municipalities.geojson')

  it('builds the region outline from the municipalities without a union, and the grid covers the region', () => {
    const region = regionOf(municipalities)
    expect(region.coordinates.length).toBeGreaterThanOrEqual(29)
    const s = new AnalysisSession()
    s.handle({ type: 'setData', data: { facilities: readData('health_facilities.geojson'), municipalities, region, population: readData('population_grid_1km_zensus2011.geojson') } })
    const res = s.handle({ type: 'health', params: { cellSize: 1000, mode: 'car', facilityTypes: ['krankenhaus'], thresholds: [30] } })
    // 3,426 km² at 1 km cells; shared borders must not cut holes into the grid
    expect(res.cells).toBeGreaterThan(3300)
    expect(res.cells).toBeLessThan(3550)
    expect(res.indicators.municipalities.every((m) => m.population > 0)).toBe(true)
  })

  it('uses the API feature id as the facility id, so scenarios name map features', () => {
    const data = analysisDataFrom({
      health_facilities: apiShape(readData('health_facilities.geojson')), rail_stops: readData('rail_stops.geojson'),
      development_land: { type: 'FeatureCollection', features: [] }, population_grid: readData('population_grid_1km_zensus2011.geojson'), municipalities,
    })
    const s = new AnalysisSession()
    s.handle({ type: 'setData', data })
    const res = s.handle({ type: 'health', params: { cellSize: 1000, mode: 'car', facilityTypes: [], thresholds: [30] } })
    expect(res.facilities[0]!.id).toBe('1')
  })

  it('replaces minutes in the cells and rounds them; unreachable cells get null', () => {
    const cells = { type: 'FeatureCollection' as const, features: [0, 1].map((i) => ({ type: 'Feature' as const, id: i, geometry: { type: 'Polygon' as const, coordinates: [] }, properties: { minutes: 1, population: 5 } })) }
    const out = withMinutes(cells, new Float64Array([12.345, Infinity]))
    expect(out.features.map((f) => f.properties?.minutes)).toEqual([12.3, null])
    expect(cells.features[0]!.properties.minutes).toBe(1)
  })

  it('marks facilities as active, off or hypothetical and leaves out removed hypothetical ones', () => {
    const fc = facilityPoints([
      { id: '1', name: 'A', lon: 8, lat: 51, active: true, hypothetical: false },
      { id: '2', name: 'B', lon: 8, lat: 51, active: false, hypothetical: false },
      { id: 'neu-1', name: 'N', lon: 8, lat: 51, active: true, hypothetical: true },
      { id: 'neu-2', name: 'M', lon: 8, lat: 51, active: false, hypothetical: true },
    ])
    expect(fc.features.map((f) => f.properties?.state)).toEqual(['active', 'off', 'hypothetical'])
  })
})
