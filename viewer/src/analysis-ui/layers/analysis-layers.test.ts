import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { CATCHMENT_MERGED_SOURCE, CATCHMENT_SOURCE, catchmentLayers } from './analysis-catchments.ts'
import { FACILITY_SOURCE, facilityScenarioLayers } from './analysis-facilities.ts'
import { siteHighlightLayers } from './analysis-sites.ts'
import { BANDS_SOURCE, CELLS_SOURCE, isochroneBandLayers, travelTimeBreaks, travelTimeClasses, travelTimeColor, travelTimeSurfaceLayers, YLORBR } from './analysis-surface.ts'

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }
function validate(specs: LayerSpecification[]): string[] {
  const style: StyleSpecification = {
    version: 8,
    glyphs: 'http://localhost/fonts/{fontstack}/{range}.pbf',
    sources: Object.fromEntries([CELLS_SOURCE, BANDS_SOURCE, CATCHMENT_SOURCE, CATCHMENT_MERGED_SOURCE, FACILITY_SOURCE, 'development_land'].map((s) => [s, empty])),
    layers: specs,
  }
  return validateStyleMin(style as never).map((e: { message: string }) => e.message)
}

describe('analysis layer builders', () => {
  it('build valid MapLibre layers, shown and hidden', () => {
    for (const visible of [true, false]) {
      const specs = [
        ...travelTimeSurfaceLayers({ visible, opacity: 0.8, breaks: travelTimeBreaks([10, 20, 30]) }),
        ...isochroneBandLayers(visible),
        ...catchmentLayers(visible),
        ...siteHighlightLayers({ visible, selectedId: '12', hoveredId: null }),
        ...facilityScenarioLayers(visible),
      ]
      expect(validate(specs)).toEqual([])
      expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length)
      expect(specs.every((s) => s.id.startsWith('analysis-'))).toBe(true)
    }
  })

  it('grade travel time in nine YlOrBr classes around the largest threshold, grey where nothing is reachable', () => {
    const breaks = travelTimeBreaks([10, 20, 30])
    expect(breaks).toEqual([5, 10, 15, 20, 25, 30, 40, 60])
    expect(travelTimeColor(breaks)).toEqual(['case', ['==', ['get', 'minutes'], null], '#BBBBBB', ['step', ['to-number', ['get', 'minutes']], YLORBR[0], 5, YLORBR[1], 10, YLORBR[2], 15, YLORBR[3], 20, YLORBR[4], 25, YLORBR[5], 30, YLORBR[6], 40, YLORBR[7], 60, YLORBR[8]]])
    const classes = travelTimeClasses(breaks)
    expect(classes).toHaveLength(9)
    expect(classes[0]).toEqual({ color: YLORBR[0], from: null, to: 5 })
    expect(classes[8]).toEqual({ color: YLORBR[8], from: 60, to: null })
  })

  it('highlight only the chosen site, by its promoted id', () => {
    const [hover, casing] = siteHighlightLayers({ visible: true, selectedId: '12', hoveredId: '7' })
    expect('filter' in casing! && casing.filter).toEqual(['==', ['get', '__id'], '12'])
    expect('filter' in hover! && hover.filter).toEqual(['==', ['get', '__id'], '7'])
  })
})
