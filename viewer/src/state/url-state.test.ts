import { describe, expect, it } from 'vitest'
import { decodeUrlState, encodeUrlState, type UrlState } from './url-state.ts'

const full: UrlState = {
  camera: { zoom: 11.25, lat: 51.71861, lng: 8.75771, bearing: 0, pitch: 0 },
  visible: ['municipalities', 'rail_stops', 'health_facilities'],
  filters: {
    development_land: { use: { kind: 'values', values: ['wohnen', 'gewerbe'] }, area_ha: { kind: 'range', min: 1, max: 5.5 } },
    compensation_areas: { eco_points_available: { kind: 'range', min: 10000 } },
  },
  selected: { layer: 'health_facilities', id: '46' },
  tableLayer: 'rail_stops',
  basemap: 'osm',
  language: 'en',
}

describe('URL state', () => {
  it('round-trips the whole view', () => {
    expect(decodeUrlState(`#${encodeUrlState(full)}`)).toEqual(full)
  })

  it('round-trips string ids, a rotated camera and an empty layer list', () => {
    const state: UrlState = {
      camera: { zoom: 9, lat: 51.5, lng: 8.9, bearing: 12.5, pitch: 30 },
      visible: [],
      selected: { layer: 'municipalities', id: '05774012' },
    }
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state)
  })

  it('writes a readable hash and leaves defaults out', () => {
    const hash = encodeUrlState({ ...full, basemap: 'offline', language: 'de', tableLayer: null })
    expect(hash).toBe(
      'map=11.25/51.71861/8.75771&layers=municipalities,rail_stops,health_facilities' +
        '&filter.development_land=use:wohnen,gewerbe;area_ha:1..5.5&filter.compensation_areas=eco_points_available:10000..' +
        '&sel=health_facilities/46',
    )
  })

  it('drops unknown layers, properties, values and broken cameras', () => {
    const state = decodeUrlState('#map=abc&layers=municipalities,nonsense&filter.development_land=use:wohnen,villa;colour:red&filter.nope=x:y&sel=nope/1&basemap=google&lang=fr')
    expect(state).toEqual({ visible: ['municipalities'], filters: { development_land: { use: { kind: 'values', values: ['wohnen'] } } } })
  })

  it('reads an empty hash as no state', () => {
    expect(decodeUrlState('')).toEqual({})
  })
})
