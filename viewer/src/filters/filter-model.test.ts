import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { getLayer } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { countMatching, filterableProperties, filterExpression, matchesFilter, type LayerFilter } from './filter-model.ts'

const land = getLayer('development_land')
const stops = getLayer('rail_stops')
const pool = getLayer('compensation_areas')

const sites = [
  { use: 'wohnen', planning_status: 'fnp', area_ha: 3.2 },
  { use: 'gewerbe', planning_status: 'potenzial', area_ha: 12.5 },
  { use: 'gemischt', planning_status: 'fnp', area_ha: 0.8 },
  { use: 'wohnen', planning_status: 'bplan_rechtskraeftig', area_ha: null },
]

/** Evaluates a filter the way MapLibre does when it draws. */
function mapLibreCount(expr: unknown, rows: Record<string, unknown>[]): number {
  const f = featureFilter(expr as never)
  return rows.filter((properties) => f.filter({ zoom: 10 }, { type: 3, properties } as never)).length
}

describe('filter model', () => {
  it('offers enum, option-list and unit-bearing number properties from the catalogue', () => {
    expect(filterableProperties(land).map((p) => p.key)).toEqual(['use', 'planning_status', 'reserve_type', 'availability', 'restrictions', 'area_ha', 'net_area_ha'])
    expect(filterableProperties(pool).map((p) => p.key)).toContain('eco_points_available')
    expect(filterableProperties(stops).map((p) => p.key)).toEqual(['rail_products', 'step_free_access'])
  })

  it('produces no expression when nothing is selected', () => {
    expect(filterExpression(land, {})).toBeUndefined()
    expect(filterExpression(land, { use: { kind: 'values', values: [] }, area_ha: { kind: 'range' } })).toBeUndefined()
  })

  it('turns a value selection into an "in" expression', () => {
    expect(filterExpression(land, { use: { kind: 'values', values: ['wohnen', 'gemischt'] } })).toEqual([
      'all',
      ['in', ['to-string', ['get', 'use']], ['literal', ['wohnen', 'gemischt']]],
    ])
  })

  it('turns a range into a guarded comparison that excludes missing values', () => {
    expect(filterExpression(land, { area_ha: { kind: 'range', min: 1 } })).toEqual([
      'all',
      ['case', ['==', ['typeof', ['get', 'area_ha']], 'number'], ['all', ['>=', ['get', 'area_ha'], 1]], false],
    ])
  })

  const cases: [string, LayerFilter, number][] = [
    ['one use', { use: { kind: 'values', values: ['wohnen'] } }, 2],
    ['use and status', { use: { kind: 'values', values: ['wohnen'] }, planning_status: { kind: 'values', values: ['fnp'] } }, 1],
    ['a minimum area', { area_ha: { kind: 'range', min: 1 } }, 2],
    ['an area range', { area_ha: { kind: 'range', min: 1, max: 5 } }, 1],
  ]
  it.each(cases)('counts the same as MapLibre draws for %s', (_name, filter, expected) => {
    expect(countMatching(sites.map((properties) => ({ properties })), filter)).toBe(expected)
    expect(mapLibreCount(filterExpression(land, filter), sites)).toBe(expected)
  })

  it('matches string lists when any selected option is present', () => {
    const filter: LayerFilter = { rail_products: { kind: 'values', values: ['nationalExpress', 'suburban'] } }
    const rows = [{ rail_products: ['regional'] }, { rail_products: ['regional', 'suburban'] }, { rail_products: null }]
    expect(rows.map((r) => matchesFilter(r, filter))).toEqual([false, true, false])
    expect(mapLibreCount(filterExpression(stops, filter), rows)).toBe(1)
  })
})
