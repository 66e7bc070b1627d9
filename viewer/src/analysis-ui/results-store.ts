/**
 * The analysis results, outside the zustand store (grids and polygons are big and
 * never edited; the store holds only parameters). Components subscribe with
 * `useAnalysisResults()`; the runner writes with `setResults()`.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { useSyncExternalStore } from 'react'
import type { ScenarioDeltas, CatchmentResult, HealthResult, SiteResult } from '@regiopol/analysis'
import type { RoadNetworkInfo } from './network-api.ts'

export type RunState = 'idle' | 'loading' | 'running' | 'ready' | 'error'

export interface HealthView {
  base: Omit<HealthResult, 'minutes' | 'lon' | 'lat' | 'population'>
  /** Indicators, closure ranking and facilities under the current scenario. */
  current: Pick<HealthResult, 'indicators' | 'closure' | 'facilities'>
  deltas: ScenarioDeltas | null
  summaryDe: string[]
  /** Milliseconds of the last worker step (baseline or scenario). */
  ms: number
  /** Params key the results belong to (the runner compares it). */
  key: string
}

export interface AnalysisResults {
  health: { state: RunState; error?: string }
  sites: { state: RunState; error?: string }
  healthView: HealthView | null
  cells: FeatureCollection<Polygon> | null
  bands: FeatureCollection<MultiPolygon> | null
  catchments: CatchmentResult | null
  siteResult: SiteResult | null
  /** ags -> name, from the loaded municipalities. */
  municipalityNames: Record<string, string>
  /** The road network the worker routes along, null when none is imported (straight-line model). */
  network: RoadNetworkInfo | null
}

let results: AnalysisResults = {
  health: { state: 'idle' }, sites: { state: 'idle' },
  healthView: null, cells: null, bands: null, catchments: null, siteResult: null, municipalityNames: {}, network: null,
}
const listeners = new Set<() => void>()

export function getResults(): AnalysisResults {
  return results
}

export function setResults(patch: Partial<AnalysisResults>): void {
  results = { ...results, ...patch }
  for (const l of listeners) l()
}

function subscribe(l: () => void) {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useAnalysisResults(): AnalysisResults {
  return useSyncExternalStore(subscribe, getResults)
}
