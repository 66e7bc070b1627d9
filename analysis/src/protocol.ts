/**
 * Messages between the UI (client.ts) and the analysis worker (worker.ts). Every
 * request carries an `id`; the worker answers `{ id, ok: true, result }` or
 * `{ id, ok: false, error }`. Inputs are plain GeoJSON and plain data (no
 * functions), so they survive structured cloning.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import type { CatchmentPopulation } from './catchment-population.ts'
import type { ClosureImpact } from './closure-impact.ts'
import type { ScenarioDeltas } from './deltas.ts'
import type { Indicators } from './indicators.ts'
import type { FacilityInput } from './inputs.ts'
import type { ScenarioSpec } from './scenario.ts'
import type { SiteTotal } from './site-totals.ts'
import type { ScoreScales, ScoreWeights } from './site-score.ts'
import type { SiteRow } from './sites.ts'
import type { Mode, TravelModel } from './travel-time.ts'
import type { ReachModel } from './network/reach-model.ts'
import type { OevParams } from './transit/oev-gueteklassen.ts'
import type { OevClassPopulation } from './transit/oev-summary.ts'
import type { RoadNetworkMeta } from '@regiopol/geodata'

type FC = FeatureCollection<Geometry | null>

export interface AnalysisData {
  /** health_facilities (file or API shape). */
  facilities?: FC
  /** rail_stops; `stopProductsCsv` adds products when the features lack `rail_products`. */
  stops?: FC
  stopProductsCsv?: string
  /** Region outline: a FeatureCollection with one (Multi)Polygon feature, or the geometry. */
  region?: FC | Polygon | MultiPolygon
  municipalities?: FC
  /** Zensus 1 km grid; only cells with `in_region: true` are used unless `useAllPopulationCells`. */
  population?: FC
  useAllPopulationCells?: boolean
  sites?: FC
}

export interface HealthParams {
  cellSize: 250 | 500 | 1000
  mode: Mode
  model?: Partial<TravelModel>
  /** Facility types to reach, e.g. ['krankenhaus']; [] = all. */
  facilityTypes: string[]
  /** Care types to reach, e.g. ['general'] for the G-BA rule; omitted or [] = all. */
  careTypes?: string[]
  /** Minutes, ascending, e.g. [10, 20, 30]. The last one drives the closure ranking. */
  thresholds: number[]
  /** Route along the loaded road network (default when one is loaded); false = straight line. */
  network?: boolean
}

export interface HealthResult {
  cellSize: number
  cells: number
  /** Cell centres (longitude/latitude), population and minutes per cell. */
  lon: Float64Array
  lat: Float64Array
  population: Float64Array
  minutes: Float64Array
  facilities: (FacilityInput & { active: boolean; hypothetical: boolean })[]
  indicators: Indicators
  closure: ClosureImpact[]
  /** The model that produced these minutes (network or straight line). */
  model: ReachModel
  ms: number
}

export interface ScenarioResult {
  minutes: Float64Array
  indicators: Indicators
  deltas: ScenarioDeltas
  /** German sentences for the region at the last threshold. */
  summaryDe: string[]
  closure: ClosureImpact[]
  facilities: HealthResult['facilities']
  model: ReachModel
  changedCells: number
  ms: number
}

export interface CatchmentResult {
  perStop: FeatureCollection<Polygon>
  merged: Feature<MultiPolygon>
  population: Omit<CatchmentPopulation, 'perStop' | 'perMunicipality'> & {
    perStop: Record<string, number>
    perMunicipality: Record<string, number>
  }
}

export interface SiteParams {
  catchmentM: number
  walk?: Partial<TravelModel>
  bike?: Partial<TravelModel>
  car?: Partial<TravelModel>
  weights?: ScoreWeights
  scales?: ScoreScales
}

export interface SiteResult {
  rows: SiteRow[]
  scores: number[]
  totals: SiteTotal[]
  ms: number
}

export type AnalysisRequest =
  | { type: 'setData'; data: AnalysisData }
  /** The road network binary (/api/network/graph.bin, transferable), or null to route by straight line. */
  | { type: 'setNetwork'; graph: ArrayBuffer | null }
  | { type: 'health'; params: HealthParams }
  | { type: 'scenario'; scenario: ScenarioSpec }
  | { type: 'isobands'; breaks: number[] }
  | { type: 'gridCells' }
  | { type: 'catchments'; radiusM: number; inRegionOnly?: boolean }
  | { type: 'sites'; params: SiteParams }
  | { type: 'exportSites'; format: 'csv' | 'geojson' }
  /** ÖV-Güteklassen from a GTFS zip on a reference day (YYYYMMDD) for the cells of `cellSize`. */
  | { type: 'oev'; gtfs: ArrayBuffer; date: string; cellSize: 250 | 500 | 1000; params?: OevParams }

export interface AnalysisResults {
  setData: { loaded: string[] }
  setNetwork: { nodes: number; arcs: number; meta: RoadNetworkMeta } | null
  health: HealthResult
  scenario: ScenarioResult
  isobands: FeatureCollection<MultiPolygon>
  gridCells: FeatureCollection<Polygon>
  catchments: CatchmentResult
  sites: SiteResult
  exportSites: string
  oev: OevResult
}

export interface OevResult {
  version: string
  date: string
  /** Stops with departures 6–20 h on that day, and how many of them have a category. */
  stops: number
  ratedStops: number
  /** Class per cell (0 = none, 1 = A … 6 = F), in the order of the health grid of that size. */
  classes: Uint8Array
  population: OevClassPopulation
  ms: number
}

export type AnalysisMessage = AnalysisRequest & { id: number }
export type AnalysisReply =
  | { id: number; ok: true; result: AnalysisResults[keyof AnalysisResults] }
  | { id: number; ok: false; error: string }
