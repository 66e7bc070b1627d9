import { findTheme, themes } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { decodeUrlState, encodeUrlState } from '../state/url-state.ts'
import { themeUrlState, withThemeDefaults } from './theme-state.ts'

describe('theme maps in the viewer', () => {
  it('survive the URL: every theme filter is one the viewer filter model accepts', () => {
    // decodeUrlState drops any property, value or range the filter model does not know.
    for (const theme of themes) {
      const state = themeUrlState(theme)
      const back = decodeUrlState(encodeUrlState(state))
      expect(back.visible, theme.id).toEqual(theme.layers)
      expect(back.filters ?? {}, theme.id).toEqual(theme.filters)
      expect(back.theme).toBe(theme.id)
    }
  })

  it('open the analysis the theme names, and close it for themes without one', () => {
    const health = themeUrlState(findTheme('gesundheitsversorgung')!)
    const back = decodeUrlState(encodeUrlState(health)).analysis
    expect(back?.open).toBe(true)
    expect(back?.tab).toBe('health')
    expect(back?.health).toEqual({ mode: 'car', cellSize: 500, thresholds: [10, 20, 30] })
    const sites = decodeUrlState(encodeUrlState(themeUrlState(findTheme('bauland-an-der-schiene')!))).analysis
    expect(sites).toMatchObject({ open: true, tab: 'sites', catchmentM: 1200 })
    expect(themeUrlState(findTheme('ausgleichsflaechenpool')!).analysis).toEqual({ open: false })
  })

  it('fill in a bare #thema= link with the theme defaults', () => {
    const state = withThemeDefaults(decodeUrlState('#thema=ausgleichsflaechenpool'), null)
    expect(state.visible).toEqual(['municipalities', 'compensation_areas'])
    expect(state.filters?.compensation_areas?.status).toEqual({ kind: 'values', values: ['geplant', 'verfuegbar', 'reserviert'] })
    expect(state.analysis).toEqual({ open: false })
  })

  it('let what the link says win over the theme defaults', () => {
    const state = withThemeDefaults(decodeUrlState('#thema=gesundheitsversorgung&layers=municipalities'), null)
    expect(state.visible).toEqual(['municipalities'])
    expect(state.filters?.health_facilities?.type).toEqual({ kind: 'values', values: ['krankenhaus'] })
  })

  it('leave a link of the theme already open as it is (a closed analysis stays closed)', () => {
    const decoded = decodeUrlState('#thema=gesundheitsversorgung&layers=municipalities,health_facilities')
    expect(withThemeDefaults(decoded, 'gesundheitsversorgung')).toBe(decoded)
  })

  it('ignore unknown theme slugs and keep presentation mode in the URL', () => {
    expect(decodeUrlState('#thema=unbekannt').theme).toBeUndefined()
    expect(decodeUrlState('#praesentation=1').presentation).toBe(true)
    expect(encodeUrlState({ presentation: true, theme: 'projekte-in-der-region' })).toBe('thema=projekte-in-der-region&praesentation=1')
  })
})
