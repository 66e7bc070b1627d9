import { describe, expect, it } from 'vitest'
import { bodyFor, isSaveable, pointsOf, problemsOf } from './selection.ts'
import type { UploadFeature } from './types.ts'

const square = { type: 'Polygon' as const, coordinates: [[[8.7, 51.7], [8.71, 51.7], [8.71, 51.71], [8.7, 51.7]] as [number, number][]] }
const feature = (over: Partial<UploadFeature> = {}): UploadFeature => ({
  number: 1,
  layer: 'areas',
  properties: { name: 'Aue', punkte: '4500,4' },
  geometry: square,
  preview: square,
  vertices: 4,
  problems: [],
  ...over,
})
const shared = { municipality_ags: '05774012', measure_type: 'hecke_feldgehoelz' as const, status: 'verfuegbar' as const, biotope_value_before: 3, biotope_value_after: 8 }

describe('choosing uploaded features', () => {
  it('adds a missing name as a problem that blocks saving, depending on the column chosen', () => {
    expect(problemsOf(feature(), 'name')).toEqual([])
    expect(problemsOf(feature(), 'bezeichnung')).toEqual([{ code: 'missing-name' }])
    expect(isSaveable(feature(), 'name')).toBe(true)
    expect(isSaveable(feature(), null)).toBe(false)
  })

  it('lets a CRS note through but not a self-intersection', () => {
    expect(isSaveable(feature({ problems: [{ code: 'crs-guessed' }] }), 'name')).toBe(true)
    expect(isSaveable(feature({ problems: [{ code: 'self-intersection', params: { lon: 8.7, lat: 51.7 } }] }), 'name')).toBe(false)
  })
})

describe('building the create request of an uploaded feature', () => {
  it('takes the name from the column and the form attributes for the rest', () => {
    expect(bodyFor(feature(), shared, { name: 'name', points: null })).toEqual({ type: 'Feature', geometry: square, properties: { ...shared, name: 'Aue' } })
  })

  it('replaces biotope values by the points column when one is chosen, reading a German decimal comma', () => {
    expect(pointsOf({ p: '4500,4' }, 'p')).toBe(4500)
    expect(pointsOf({ p: -3 }, 'p')).toBeNull()
    const body = bodyFor(feature(), shared, { name: 'name', points: 'punkte' })
    expect(body.properties).toEqual({ municipality_ags: '05774012', measure_type: 'hecke_feldgehoelz', status: 'verfuegbar', name: 'Aue', eco_points_total: 4500 })
  })
})
