/**
 * The analysis state behind the worker: loaded inputs, cached grids, the health
 * baseline and the current scenario, and the last site table. Each request maps
 * to the pure functions of this folder; the worker only passes messages in and
 * out, so this class is tested in Node without a Worker.
 *
 * @example
 * const s = new AnalysisSession()
 * s.handle({ type: 'setData', data: { facilities, region, municipalities, population } })
 * s.handle({ type: 'health', params: { cellSize: 250, mode: 'car', facilityTypes: ['krankenhaus'], thresholds: [10, 20, 30] } })
 * s.handle({ type: 'scenario', scenario: { off: ['771201'], added: [] } }) // deltas against the baseline
 */
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import { catchmentPopulation } from './catchment-population.ts'
import { mergedCatchment, stopCatchments } from './catchments.ts'
import { closureImpact } from './closure-impact.ts'
import { decodeRoadGraph } from '@regiopol/geodata'
import { NETWORK_OPS, computeNetworkReachability, type NetworkReachState } from './network/network-reachability.ts'
import { networkClosureImpact } from './network/network-closure.ts'
import { networkModeOf, networkModel, straightLineModel, type ReachModel } from './network/reach-model.ts'
import { RoadNetwork } from './network/road-network.ts'
import { stopDepartures } from './transit/departures.ts'
import { readGtfs } from './transit/gtfs-read.ts'
import { OEV_PARAMS_ARE_2022, oevClassesAt, rateStops } from './transit/oev-gueteklassen.ts'
import { populationByOevClass } from './transit/oev-summary.ts'
import { formatDeltaDe, scenarioDeltas } from './deltas.ts'
import { activeMask, createFacilitySet, GBA_CARE_TYPES, type FacilitySet } from './facilities.ts'
import { buildGrid, cellRing, type AnalysisGrid } from './grid.ts'
import { reachabilityIndicators } from './indicators.ts'
import {
  facilitiesFromGeoJSON, municipalitiesFromGeoJSON, parseRisProductsCsv, populationCellsFromGeoJSON,
  sitesFromGeoJSON, stopsFromGeoJSON,
  type MunicipalityInput, type PopulationCellInput, type SiteInput, type StopInput,
} from './inputs.ts'
import { isochroneBands } from './isobands.ts'
import { disaggregatePopulation } from './population.ts'
import type {
  AnalysisData, AnalysisRequest, AnalysisResults, CatchmentResult, HealthParams, HealthResult, OevResult, ScenarioResult, SiteResult,
} from './protocol.ts'
import { computeReachability, type ReachState } from './reachability.ts'
import { EMPTY_SCENARIO, updateScenario, type ScenarioSpec } from './scenario.ts'
import { sitesToCsv, sitesToGeoJSON } from './site-export.ts'
import { siteTotals } from './site-totals.ts'
import { scoreSite } from './site-score.ts'
import { analyseSites, prepareSiteContext, type SiteRow } from './sites.ts'
import { travelModel } from './travel-time.ts'

type FC = FeatureCollection<Geometry | null>

/** A straight-line or a road-network state; `network` tells which. */
type Reach = (ReachState & { network?: undefined }) | (NetworkReachState & { network: true })

function updateReach(st: Reach, from: ScenarioSpec, to: ScenarioSpec): Reach {
  if (st.network) return { ...updateScenario(st, from, to, NETWORK_OPS), network: true }
  return updateScenario(st, from, to)
}

export class AnalysisSession {
  private facilities: FacilitySet | null = null
  private stops: StopInput[] = []
  private stopInRegion: boolean[] = []
  private region: Polygon | MultiPolygon | null = null
  private municipalities: MunicipalityInput[] = []
  private population: PopulationCellInput[] = []
  private sites: SiteInput[] = []
  private grids = new Map<number, { grid: AnalysisGrid; pop: Float64Array }>()
  private health: { params: HealthParams; grid: AnalysisGrid; pop: Float64Array; baseline: Reach; model: ReachModel } | null = null
  private current: { spec: ScenarioSpec; state: Reach } | null = null
  private road: RoadNetwork | null = null
  private lastSites: { rows: SiteRow[]; scores: number[] } | null = null

  handle<T extends AnalysisRequest>(req: T): AnalysisResults[T['type']] {
    switch (req.type) {
      case 'setData': return this.setData(req.data) as AnalysisResults[T['type']]
      case 'setNetwork': return this.setNetwork(req.graph) as AnalysisResults[T['type']]
      case 'oev': return this.runOev(req) as AnalysisResults[T['type']]
      case 'health': return this.runHealth(req.params) as AnalysisResults[T['type']]
      case 'scenario': return this.runScenario(req.scenario) as AnalysisResults[T['type']]
      case 'isobands': {
        const h = this.requireHealth()
        return isochroneBands(h.grid, this.current!.state.minutes, req.breaks) as AnalysisResults[T['type']]
      }
      case 'gridCells': return this.gridCells() as AnalysisResults[T['type']]
      case 'catchments': return this.catchments(req.radiusM, req.inRegionOnly ?? true) as AnalysisResults[T['type']]
      case 'sites': return this.runSites(req.params) as AnalysisResults[T['type']]
      case 'exportSites': {
        if (!this.lastSites) throw new Error('Bitte zuerst die Flächenanalyse ausführen.')
        const { rows, scores } = this.lastSites
        return (req.format === 'csv'
          ? sitesToCsv(rows, scores)
          : JSON.stringify(sitesToGeoJSON(rows, this.sites, scores))) as AnalysisResults[T['type']]
      }
      default: throw new Error(`unknown request ${(req as { type: string }).type}`)
    }
  }

  private setData(d: AnalysisData): { loaded: string[] } {
    const loaded: string[] = []
    if (d.facilities) { this.facilities = createFacilitySet(facilitiesFromGeoJSON(d.facilities)); loaded.push('facilities') }
    if (d.stops) {
      const products = d.stopProductsCsv ? parseRisProductsCsv(d.stopProductsCsv) : undefined
      this.stops = stopsFromGeoJSON(d.stops, products ? { products } : {})
      this.stopInRegion = d.stops.features.map((f) => f.properties?.in_region !== false)
      loaded.push('stops')
    }
    if (d.region) {
      const g = 'features' in d.region ? d.region.features[0]?.geometry : d.region
      if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') throw new Error('Regionsumriss ohne Flächengeometrie')
      this.region = g
      loaded.push('region')
    }
    if (d.municipalities) { this.municipalities = municipalitiesFromGeoJSON(d.municipalities); loaded.push('municipalities') }
    if (d.population) {
      const cells = populationCellsFromGeoJSON(d.population)
      this.population = d.useAllPopulationCells ? cells : cells.filter((c) => c.inRegion)
      loaded.push('population')
    }
    if (d.sites) { this.sites = sitesFromGeoJSON(d.sites); loaded.push('sites') }
    if (d.region || d.municipalities || d.population) this.grids.clear()
    if (loaded.some((k) => k !== 'sites' && k !== 'stops')) { this.health = null; this.current = null }
    return { loaded }
  }

  private runOev(req: Extract<AnalysisRequest, { type: 'oev' }>): OevResult {
    const t0 = performance.now()
    if (!/^\d{8}$/.test(req.date)) throw new Error('Stichtag bitte als JJJJMMTT angeben.')
    const params = req.params ?? OEV_PARAMS_ARE_2022
    const departures = [...stopDepartures(readGtfs(new Uint8Array(req.gtfs)), req.date).values()]
    const rated = rateStops(departures, params)
    const { grid, pop } = this.gridFor(req.cellSize)
    const classes = oevClassesAt(rated, grid.x, grid.y, params)
    return {
      version: params.version, date: req.date, stops: rated.length, ratedStops: rated.filter((s) => s.category !== null).length,
      classes, population: populationByOevClass(classes, grid, pop), ms: performance.now() - t0,
    }
  }

  private setNetwork(buf: ArrayBuffer | null): AnalysisResults['setNetwork'] {
    this.road = buf ? new RoadNetwork(decodeRoadGraph(buf)) : null
    this.health = null
    this.current = null
    return this.road ? { nodes: this.road.graph.nodeCount, arcs: this.road.graph.arcCount, meta: this.road.graph.meta } : null
  }

  private gridFor(cellSize: number): { grid: AnalysisGrid; pop: Float64Array } {
    let g = this.grids.get(cellSize)
    if (!g) {
      if (!this.region) throw new Error('Kein Regionsumriss geladen.')
      const grid = buildGrid(this.region, this.municipalities, cellSize)
      g = { grid, pop: disaggregatePopulation(grid, this.population).pop }
      this.grids.set(cellSize, g)
    }
    return g
  }

  private requireHealth() {
    if (!this.health || !this.current) throw new Error('Bitte zuerst die Erreichbarkeitsanalyse ausführen.')
    return this.health
  }

  private facilityList(st: Reach): HealthResult['facilities'] {
    return st.facilities.items.map((f, i) => ({
      ...f, active: st.active[i] === 1, hypothetical: i >= st.facilities.baseCount,
    }))
  }

  private runHealth(params: HealthParams): HealthResult {
    const t0 = performance.now()
    if (!this.facilities) throw new Error('Keine Einrichtungen geladen.')
    const { grid, pop } = this.gridFor(params.cellSize)
    const mask = activeMask(this.facilities, params.facilityTypes, [], params.careTypes ?? [])
    let baseline: Reach, model: ReachModel
    if (this.road && params.network !== false) {
      const mode = networkModeOf(params.mode)
      const graph = this.road.modeGraph(mode)
      baseline = { ...computeNetworkReachability(grid, this.facilities, mask, graph, this.road.snap(grid, mode)), network: true }
      model = networkModel(this.road.graph.meta, mode)
    } else {
      const travel = travelModel(params.mode, params.model)
      baseline = computeReachability(grid, this.facilities, mask, travel)
      model = straightLineModel(travel, params.mode)
    }
    this.health = { params, grid, pop, baseline, model }
    this.current = { spec: EMPTY_SCENARIO, state: baseline }
    const last = params.thresholds[params.thresholds.length - 1] ?? 30
    return {
      cellSize: grid.cellSize, cells: grid.n, lon: grid.lon, lat: grid.lat, population: pop,
      minutes: baseline.minutes, facilities: this.facilityList(baseline),
      indicators: reachabilityIndicators(baseline.minutes, grid, pop, params.thresholds),
      closure: closureOf(baseline, pop, last), model,
      ms: performance.now() - t0,
    }
  }

  private runScenario(spec: ScenarioSpec): ScenarioResult {
    const t0 = performance.now()
    const h = this.requireHealth()
    const state = updateReach(this.current!.state, this.current!.spec, spec)
    this.current = { spec, state }
    const th = h.params.thresholds
    const last = th[th.length - 1] ?? 30
    const deltas = scenarioDeltas(h.baseline.minutes, state.minutes, h.grid, h.pop, th)
    return {
      minutes: state.minutes,
      indicators: reachabilityIndicators(state.minutes, h.grid, h.pop, th),
      deltas,
      summaryDe: formatDeltaDe(deltas.region, th.length - 1, last),
      closure: closureOf(state, h.pop, last),
      facilities: this.facilityList(state),
      model: h.model,
      changedCells: state.changedCells,
      ms: performance.now() - t0,
    }
  }

  private gridCells(): FeatureCollection<Polygon> {
    const h = this.requireHealth()
    const { grid } = h
    const minutes = this.current!.state.minutes
    const features = []
    for (let i = 0; i < grid.n; i++) {
      features.push({
        type: 'Feature' as const, id: i,
        geometry: { type: 'Polygon' as const, coordinates: [cellRing(grid, i)] },
        properties: { minutes: Number.isFinite(minutes[i]!) ? minutes[i]! : null, population: h.pop[i]! },
      })
    }
    return { type: 'FeatureCollection', features }
  }

  private catchments(radiusM: number, inRegionOnly: boolean): CatchmentResult {
    const stops = inRegionOnly ? this.stops.filter((_, i) => this.stopInRegion[i]) : this.stops
    const pop = catchmentPopulation(stops, this.population, radiusM)
    const perStop = stopCatchments(stops, radiusM)
    for (const f of perStop.features) f.properties = { ...f.properties, population: pop.perStop.get(String(f.properties?.stopId)) ?? 0 }
    return {
      perStop,
      merged: mergedCatchment(stops, radiusM),
      population: {
        radiusM, region: pop.region,
        perStop: Object.fromEntries(pop.perStop), perMunicipality: Object.fromEntries(pop.perMunicipality),
      },
    }
  }

  private runSites(p: import('./protocol.ts').SiteParams): SiteResult {
    const t0 = performance.now()
    const hospitals = this.facilities
    const ctx = prepareSiteContext(this.stops, hospitals, hospitals ? (this.current?.state.active ?? activeMask(hospitals, ['krankenhaus'], [], GBA_CARE_TYPES)) : null)
    if (this.current && hospitals) ctx.hospitals = this.current.state.facilities
    const rows = analyseSites(this.sites, ctx, {
      catchmentM: p.catchmentM,
      walk: travelModel('walk', p.walk), bike: travelModel('bike', p.bike), car: travelModel('car', p.car),
    })
    const scores = rows.map((r) => scoreSite(r, p.weights, p.scales))
    this.lastSites = { rows, scores }
    return { rows, scores, totals: siteTotals(rows), ms: performance.now() - t0 }
  }
}

function closureOf(st: Reach, pop: Float64Array, thresholdMin: number) {
  return st.network ? networkClosureImpact(st, pop, thresholdMin) : closureImpact(st, pop, thresholdMin)
}
