import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { OFFER_POINT_SOURCE, offerLayers } from './offers.ts'

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }

describe('the offers highlight', () => {
  it('builds valid layers that outline exactly the offered ids', () => {
    const specs = offerLayers(['12', '40'], true)
    const style: StyleSpecification = { version: 8, sources: { compensation_areas: empty, [OFFER_POINT_SOURCE]: empty }, layers: specs }
    expect(validateStyleMin(style as never)).toEqual([])
    expect(specs[1]).toMatchObject({ filter: ['in', ['get', '__id'], ['literal', ['12', '40']]], layout: { visibility: 'visible' } })
  })

  it('hides the outline when nothing is offered', () => {
    expect(offerLayers([], false).map((l) => l.layout?.visibility)).toEqual(['none', 'none', 'none'])
  })
})
