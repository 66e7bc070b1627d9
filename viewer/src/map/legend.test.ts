import { getLayer } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { buildLayers } from './layers/index.ts'
import { legendFor, withoutFilteredClasses } from './legend.ts'

const legend = (id: Parameters<typeof getLayer>[0], language: 'de' | 'en' = 'de') => legendFor(getLayer(id), buildLayers(getLayer(id), { visible: true, opacity: 1 }), language)

describe('legend', () => {
  it('lists development land uses with their colours and planning states with their dashes', () => {
    const [uses, states] = legend('development_land')
    expect(uses?.title).toBe('Nutzung')
    expect(uses?.entries.map((e) => [e.label, e.swatch.color])).toEqual([
      ['Wohnen', '#EE7733'],
      ['Gewerbe', '#0077BB'],
      ['Gemischt', '#EE3377'],
      ['Sondergebiet', '#009988'],
    ])
    expect(states?.title).toBe('Planungsstand')
    expect(states?.entries[0]).toMatchObject({ label: 'Potenzialfläche', swatch: { shape: 'outline', dash: [1, 0] } })
  })

  it('gives health facility types their colour and initial letter', () => {
    const [types] = legend('health_facilities')
    expect(types?.entries[0]).toEqual({ label: 'Krankenhaus', swatch: { shape: 'circle', color: '#CC3311', letter: 'K' }, value: 'krankenhaus' })
  })

  it('speaks English when asked', () => {
    expect(legend('compensation_areas', 'en')[0]?.entries.map((e) => e.label)).toContain('available')
  })

  it('turns the population choropleth into classes', () => {
    const [classes] = legend('population_grid')
    expect(classes?.entries.map((e) => e.label)).toEqual(['< 50', '50 – < 250', '250 – < 1.000', '1.000 – < 2.500', '≥ 2.500'])
  })

  it('shows boundaries as outlines and stops as rings', () => {
    expect(legend('municipalities')[0]?.entries[0]).toMatchObject({ label: 'Kommunen', swatch: { shape: 'outline', color: '#4477AA' } })
    expect(legend('rail_stops')[0]?.entries[0]?.swatch.shape).toBe('ring')
  })

  it('lists only the classes a value filter lets through, and keeps groups the filter does not touch', () => {
    const [types] = withoutFilteredClasses(legend('health_facilities'), { type: { kind: 'values', values: ['krankenhaus', 'mvz'] } })
    expect(types?.entries.map((e) => e.label)).toEqual(['Krankenhaus', 'MVZ'])
    const [uses, states] = withoutFilteredClasses(legend('development_land'), { planning_status: { kind: 'values', values: ['fnp'] } })
    expect(uses?.entries).toHaveLength(4)
    expect(states?.entries.map((e) => e.label)).toEqual(['im Flächennutzungsplan'])
    expect(withoutFilteredClasses(legend('population_grid'), { population: { kind: 'range', min: 10 } as never })[0]?.entries).toHaveLength(5)
  })
})
