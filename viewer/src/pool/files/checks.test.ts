import { describe, expect, it } from 'vitest'
import { MAX_VERTICES } from '@regiopol/geodata'
import { checkGeometry, guessNameColumn, nameOf } from './checks.ts'

describe('checking an uploaded geometry', () => {
  it('counts the vertices of a polygon with a hole and finds nothing wrong', () => {
    const outer = [[8.7, 51.7], [8.72, 51.7], [8.72, 51.72], [8.7, 51.72], [8.7, 51.7]]
    const hole = [[8.705, 51.705], [8.705, 51.71], [8.71, 51.71], [8.705, 51.705]]
    const checked = checkGeometry({ type: 'Polygon', coordinates: [outer, hole] })
    expect(checked).toMatchObject({ vertices: 9, problems: [] })
    expect(checked.geometry).not.toBeNull()
  })

  it('refuses more vertices than the API allows, naming both numbers', () => {
    const n = MAX_VERTICES + 1
    const ring = Array.from({ length: n - 1 }, (_, i) => [8.7 + 0.01 * Math.cos((2 * Math.PI * i) / (n - 1)), 51.7 + 0.01 * Math.sin((2 * Math.PI * i) / (n - 1))])
    const checked = checkGeometry({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] })
    expect(checked.problems).toEqual([{ code: 'too-many-vertices', params: { count: n, max: MAX_VERTICES } }])
  })

  it('explains an open ring and a missing geometry', () => {
    const open = checkGeometry({ type: 'Polygon', coordinates: [[[8.7, 51.7], [8.71, 51.7], [8.71, 51.71], [8.7, 51.71]]] })
    expect(open.problems).toEqual([{ code: 'invalid', params: { reason: expect.stringMatching(/geschlossen/) } }])
    expect(checkGeometry(null).problems).toEqual([{ code: 'no-geometry' }])
  })

  it('flags swapped coordinates as outside the region', () => {
    const swapped = checkGeometry({ type: 'Polygon', coordinates: [[[51.7, 8.7], [51.7, 8.71], [51.71, 8.71], [51.7, 8.7]]] })
    expect(swapped.problems).toEqual([{ code: 'outside-region', params: { count: 4, total: 4 } }])
  })
})

describe('naming uploaded features', () => {
  it('prefers a column called name or bezeichnung and reads blank values as missing', () => {
    expect(guessNameColumn(['id', 'Bezeichnung', 'punkte'], [])).toBe('Bezeichnung')
    expect(guessNameColumn(['punkte', 'titel_lang'], [{ punkte: 3, titel_lang: 'Aue' }])).toBe('titel_lang')
    expect(nameOf({ name: '  ' }, 'name')).toBeNull()
    expect(nameOf({ name: ' Aue ' }, 'name')).toBe('Aue')
    expect(nameOf({ name: 'Aue' }, null)).toBeNull()
  })
})
