import { describe, expect, it } from 'vitest'
import { AnalysisSession } from './session.ts'
import { readData } from './test-helpers.ts'

const MARSBERG = '05958024'

function session() {
  const s = new AnalysisSession()
  s.handle({
    type: 'setData',
    data: {
      facilities: readData('health_facilities.geojson'), region: readData('region_outline.geojson'),
      municipalities: readData('municipalities.geojson'), population: readData('population_grid_1km_zensus2011.geojson'),
    },
  })
  return s
}

describe('the hospitals a health indicator counts', () => {
  const s = session()
  const general = s.handle({ type: 'health', params: { cellSize: 1000, mode: 'car', facilityTypes: ['krankenhaus'], careTypes: ['general'], thresholds: [30] } })
  const marien = general.facilities.find((f) => f.name.startsWith('St.-Marien-Hospital Marsberg'))!

  it('counts the 33 general hospitals of the 64 sites, not psychiatric or specialist clinics', () => {
    expect(general.facilities).toHaveLength(64)
    expect(general.facilities.filter((f) => f.active)).toHaveLength(33)
    expect(general.facilities.filter((f) => f.active).every((f) => f.careType === 'general')).toBe(true)
  })

  it('closing Marsberg’s only general hospital lengthens Marsberg’s mean trip by minutes, not seconds', () => {
    const mean0 = general.indicators.municipalities.find((m) => m.ags === MARSBERG)!.meanMin
    const closed = s.handle({ type: 'scenario', scenario: { off: [marien.id], added: [] } })
    const mean1 = closed.indicators.municipalities.find((m) => m.ags === MARSBERG)!.meanMin
    expect(mean1 - mean0).toBeGreaterThan(10) // 6.1 -> 21.7 minutes by the straight-line model
  })

  it('counting every hospital site hid that: the psychiatric LWL clinic next door took over', () => {
    const all = session()
    const base = all.handle({ type: 'health', params: { cellSize: 1000, mode: 'car', facilityTypes: ['krankenhaus'], thresholds: [30] } })
    expect(base.facilities.filter((f) => f.active)).toHaveLength(54)
    const mean0 = base.indicators.municipalities.find((m) => m.ags === MARSBERG)!.meanMin
    const closed = all.handle({ type: 'scenario', scenario: { off: [marien.id], added: [] } })
    expect(closed.indicators.municipalities.find((m) => m.ags === MARSBERG)!.meanMin - mean0).toBeLessThan(1)
  })
})
