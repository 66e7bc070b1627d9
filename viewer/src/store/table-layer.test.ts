import { describe, expect, it } from 'vitest'
import { tableLayerToOpen } from './table-layer.ts'

const base = { selected: null, filterLayer: 'development_land' as const, filters: {}, visible: ['municipalities', 'development_land', 'rail_stops'] as const }

describe('the layer the table opens on', () => {
  it('is the layer being filtered, not the municipalities', () => {
    expect(tableLayerToOpen({ ...base, filters: { development_land: { use: { kind: 'values', values: ['wohnen'] } } } as never })).toBe('development_land')
  })

  it('is the selected feature’s layer when something is selected', () => {
    expect(tableLayerToOpen({ ...base, selected: { layer: 'rail_stops' }, filters: { development_land: { use: { kind: 'values', values: ['wohnen'] } } } as never })).toBe('rail_stops')
  })

  it('falls back to the municipalities with no filter and no selection, and skips filtered layers that are hidden', () => {
    expect(tableLayerToOpen(base)).toBe('municipalities')
    expect(tableLayerToOpen({ ...base, visible: ['municipalities'], filters: { development_land: { use: { kind: 'values', values: ['wohnen'] } } } as never })).toBe('municipalities')
  })
})
