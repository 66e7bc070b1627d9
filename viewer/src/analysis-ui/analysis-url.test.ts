import { describe, expect, it } from 'vitest'
import { decodeUrlState, encodeUrlState } from '../state/url-state.ts'
import { DEFAULT_HEALTH } from './analysis-slice.ts'
import { analysisPatchOf } from './analysis-url.ts'

describe('analysis in the URL', () => {
  const scenario = {
    off: ['46', '51'],
    added: [{ id: 'neu-1', name: 'Neuer Standort 1', type: 'krankenhaus', careType: 'general', lon: 8.75123, lat: 51.71234, municipalityAgs: null }],
  }

  it('round-trips the open tab, parameters and the what-if scenario', () => {
    const hash = encodeUrlState({ analysis: { open: true, tab: 'health', health: { mode: 'bike', cellSize: 250, thresholds: [10, 20, 30] }, scenario } })
    expect(hash).toBe('analysis=health&health=bike/250/10,20,30&off=46,51&add=8.75123/51.71234')
    expect(decodeUrlState(hash).analysis).toEqual({ open: true, tab: 'health', health: { mode: 'bike', cellSize: 250, thresholds: [10, 20, 30] }, scenario })
  })

  it('keeps the radius of the site tab', () => {
    const hash = encodeUrlState({ analysis: { open: true, tab: 'sites', catchmentM: 2000, scenario: { off: [], added: [] } } })
    expect(hash).toBe('analysis=sites&radius=2000')
    expect(decodeUrlState(hash).analysis?.catchmentM).toBe(2000)
  })

  it('drops what it cannot read and says nothing when the panel is closed', () => {
    const a = decodeUrlState('analysis=health&health=plane/333/x&off=46,<script>&add=999/1,8.7/51.7&radius=-1')
    expect(a.analysis?.health).toBeUndefined()
    expect(a.analysis?.catchmentM).toBeUndefined()
    expect(a.analysis?.scenario?.off).toEqual(['46'])
    expect(a.analysis?.scenario?.added.map((f) => [f.lon, f.lat])).toEqual([[8.7, 51.7]])
    expect(decodeUrlState('layers=municipalities').analysis).toBeUndefined()
    expect(encodeUrlState({ analysis: { open: false } })).toBe('')
  })

  it('turns a decoded URL into a store patch, closing the panel when the URL has none', () => {
    expect(analysisPatchOf(undefined, DEFAULT_HEALTH)).toEqual({ analysisOpen: false })
    const patch = analysisPatchOf(decodeUrlState('analysis=health&health=walk/1000/15&off=46').analysis, DEFAULT_HEALTH)
    expect(patch).toMatchObject({ analysisOpen: true, analysisTab: 'health', health: { ...DEFAULT_HEALTH, mode: 'walk', cellSize: 1000, thresholds: [15] }, scenario: { off: ['46'], added: [] } })
  })
})
