import { getLayer } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { compareValues, formatValue } from './format-value.ts'

const prop = (layer: Parameters<typeof getLayer>[0], key: string) => getLayer(layer).properties.find((p) => p.key === key)!

describe('formatValue', () => {
  it('writes areas with German separators and the catalogue unit', () => {
    expect(formatValue(prop('development_land', 'area_ha'), 1234.5, 'de')).toBe('1.234,5 ha')
  })

  it('writes integers without decimals and enum values with their label', () => {
    expect(formatValue(prop('compensation_areas', 'eco_points_available'), 36540, 'de')).toBe('36.540 Punkte')
    expect(formatValue(prop('health_facilities', 'type'), 'krankenhaus', 'de')).toBe('Krankenhaus')
    expect(formatValue(prop('health_facilities', 'type'), 'krankenhaus', 'en')).toBe('Hospital')
  })

  it('writes dates as dd.mm.yyyy, booleans as ja/nein and lists with labels', () => {
    expect(formatValue(prop('health_facilities', 'ref_date'), '2020-03-08', 'de')).toBe('08.03.2020')
    expect(formatValue(prop('rail_stops', 'has_parking'), true, 'de')).toBe('ja')
    expect(formatValue(prop('rail_stops', 'rail_products'), ['regional', 'suburban'], 'de')).toBe('RB, S-Bahn')
  })

  it('writes the station data’s step-free values in words of the UI language', () => {
    expect(formatValue(prop('rail_stops', 'step_free_access'), 'yes', 'de')).toBe('ja')
    expect(formatValue(prop('rail_stops', 'step_free_access'), 'partial', 'de')).toBe('teilweise')
    expect(formatValue(prop('rail_stops', 'step_free_access'), 'partial', 'en')).toBe('partly')
  })

  it('shows a dash for missing values', () => {
    expect(formatValue(prop('health_facilities', 'beds'), null, 'de')).toBe('–')
  })

  it('sorts numbers numerically and empty values last', () => {
    expect([10, null, 9, 100].sort(compareValues)).toEqual([9, 10, 100, null])
    expect(['Brakel', 'Altenbeken', 'Ürbach'].sort(compareValues)).toEqual(['Altenbeken', 'Brakel', 'Ürbach'])
  })
})
