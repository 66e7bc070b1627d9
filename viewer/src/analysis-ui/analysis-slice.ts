/**
 * The analysis panel's UI state: open tab, parameters, the what-if scenario and the
 * site table's sort/filter. Results (grids, polygons, rows) stay outside the store
 * in results-store.ts; this slice is small and URL-worthy.
 *
 * @example
 * useAtlas.getState().toggleFacility('46') // scenario.off = ['46'], the runner recomputes
 */
import type { StateCreator } from 'zustand'
import { EMPTY_SCENARIO, DEFAULT_WEIGHTS, type ScenarioSpec, type ScoreWeights, type Mode } from '@regiopol/analysis'
import type { AtlasState } from '../store/index.ts'
import { addHypothetical, nextSort, removeHypothetical, toggleFacility, type SiteColumn, type SiteSort } from './transitions.ts'

export type AnalysisTab = 'sites' | 'health'
export type CellSize = 250 | 500 | 1000

export interface HealthSettings {
  mode: Mode
  cellSize: CellSize
  /** Minutes, ascending; the last one drives deltas and the closure ranking. */
  thresholds: number[]
  showSurface: boolean
  showBands: boolean
}

export const DEFAULT_HEALTH: HealthSettings = { mode: 'car', cellSize: 500, thresholds: [10, 20, 30], showSurface: true, showBands: false }
export const DEFAULT_CATCHMENT_M = 1200

export interface AnalysisSlice {
  analysisOpen: boolean
  analysisTab: AnalysisTab
  catchmentM: number
  showCatchments: boolean
  weights: ScoreWeights
  siteTableOpen: boolean
  siteSort: SiteSort | null
  siteQuery: string
  siteUse: string | null
  /** Site under the pointer (map or table), for the two-way highlight. */
  hoveredSiteId: string | null
  health: HealthSettings
  scenario: ScenarioSpec
  /** Next map click adds a hypothetical hospital. */
  addMode: boolean
  printOpen: boolean
  setAnalysisOpen: (open: boolean) => void
  setAnalysisTab: (tab: AnalysisTab) => void
  setCatchmentM: (m: number) => void
  setShowCatchments: (show: boolean) => void
  setWeight: (key: keyof ScoreWeights, value: number) => void
  resetWeights: () => void
  setSiteTableOpen: (open: boolean) => void
  sortSitesBy: (key: SiteColumn) => void
  setSiteQuery: (q: string) => void
  setSiteUse: (use: string | null) => void
  setHoveredSite: (id: string | null) => void
  setHealth: (patch: Partial<HealthSettings>) => void
  toggleFacility: (id: string) => void
  addFacilityAt: (lngLat: [number, number], name: string) => void
  removeAddedFacility: (id: string) => void
  resetScenario: () => void
  setAddMode: (on: boolean) => void
  setPrintOpen: (open: boolean) => void
}

export const createAnalysisSlice: StateCreator<AtlasState, [], [], AnalysisSlice> = (set) => ({
  analysisOpen: false,
  analysisTab: 'health',
  catchmentM: DEFAULT_CATCHMENT_M,
  showCatchments: true,
  weights: DEFAULT_WEIGHTS,
  siteTableOpen: false,
  siteSort: null,
  siteQuery: '',
  siteUse: null,
  hoveredSiteId: null,
  health: DEFAULT_HEALTH,
  scenario: EMPTY_SCENARIO,
  addMode: false,
  printOpen: false,
  setAnalysisOpen: (analysisOpen) => set(analysisOpen ? { analysisOpen } : { analysisOpen, addMode: false, siteTableOpen: false }),
  setAnalysisTab: (analysisTab) => set({ analysisTab, addMode: false }),
  setCatchmentM: (catchmentM) => set({ catchmentM }),
  setShowCatchments: (showCatchments) => set({ showCatchments }),
  setWeight: (key, value) => set((s) => ({ weights: { ...s.weights, [key]: Math.max(0, value) } })),
  resetWeights: () => set({ weights: DEFAULT_WEIGHTS }),
  // The site table takes the bottom area the attribute table uses.
  setSiteTableOpen: (siteTableOpen) => set(siteTableOpen ? { siteTableOpen, tableLayer: null } : { siteTableOpen }),
  sortSitesBy: (key) => set((s) => ({ siteSort: nextSort(s.siteSort, key) })),
  setSiteQuery: (siteQuery) => set({ siteQuery }),
  setSiteUse: (siteUse) => set({ siteUse }),
  setHoveredSite: (hoveredSiteId) => set({ hoveredSiteId }),
  setHealth: (patch) => set((s) => ({ health: { ...s.health, ...patch } })),
  toggleFacility: (id) => set((s) => ({ scenario: toggleFacility(s.scenario, id) })),
  addFacilityAt: (lngLat, name) => set((s) => ({ scenario: addHypothetical(s.scenario, lngLat, name), addMode: false })),
  removeAddedFacility: (id) => set((s) => ({ scenario: removeHypothetical(s.scenario, id) })),
  resetScenario: () => set({ scenario: EMPTY_SCENARIO }),
  setAddMode: (addMode) => set({ addMode }),
  setPrintOpen: (printOpen) => set({ printOpen }),
})
