import { findTheme, type ThemeDef } from '@regiopol/geodata'
import { EMPTY_SCENARIO } from '@regiopol/analysis'
import type { LayerFilter } from '../filters/filter-model.ts'
import type { UrlState } from '../state/url-state.ts'

/**
 * The view a theme map opens with, as URL state: exactly its layers, its filters, its
 * analysis (or the analysis closed), no selection, no table. The camera is left out:
 * the map fits the theme's extent instead (theme-slice.ts, `themeFitRequest`).
 *
 * @example
 * themeUrlState(findTheme('gesundheitsversorgung')!).analysis // { open: true, tab: 'health', health: {...}, scenario: { off: [], added: [] } }
 */
export function themeUrlState(theme: ThemeDef): UrlState {
  const a = theme.analysis
  return {
    theme: theme.id,
    visible: [...theme.layers],
    filters: structuredClone(theme.filters) as Partial<Record<string, LayerFilter>>,
    selected: null,
    tableLayer: null,
    analysis: a
      ? { open: true, tab: a.tab, ...(a.catchmentM && { catchmentM: a.catchmentM }), ...(a.health && { health: { ...a.health, thresholds: [...a.health.thresholds] } }), scenario: EMPTY_SCENARIO }
      : { open: false },
  }
}

/**
 * A decoded URL with its theme's defaults filled in where the URL says nothing, unless
 * that theme is already open (then the URL alone counts, e.g. the user closed the
 * analysis and the hash was written back).
 */
export function withThemeDefaults(state: UrlState, currentTheme: string | null): UrlState {
  const theme = state.theme ? findTheme(state.theme) : undefined
  if (!theme || theme.id === currentTheme) return state
  const defined = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as UrlState
  return { ...themeUrlState(theme), ...defined }
}
