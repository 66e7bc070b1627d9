/**
 * Drives the analysis worker for the UI: loads the five input layers once (through
 * the viewer's feature cache), hands them to the worker, and runs the requests the
 * panel asks for one after the other. A request superseded by a newer one of the
 * same kind before it started is skipped, so dragging a slider never queues up
 * stale work. Results go to results-store.ts.
 */
import type { LayerId } from '@regiopol/geodata'
import { createAnalysisClient, type AnalysisClient } from './client.ts'
import { matchesFacilityFilter, type FacilityInput, type ScenarioSpec, type ScoreWeights } from '@regiopol/analysis'
import { fetchRoadGraph, fetchRoadNetwork } from './network-api.ts'
import { getLayerData, loadLayer } from '../data/feature-cache.ts'
import type { HealthSettings } from './analysis-slice.ts'
import { ANALYSIS_LAYERS, analysisDataFrom, municipalityNamesOf, withMinutes } from './analysis-data.ts'
import { getResults, setResults } from './results-store.ts'

/**
 * General hospitals only: the G-BA thresholds are about basic inpatient care, so day
 * clinics, psychiatric and specialist clinics do not count (care_type, see geodata).
 */
export const FACILITY_TYPES = ['krankenhaus']
export const FACILITY_CARE_TYPES = ['general']
/** The facilities the health indicators count. */
export const countsForHealth = (f: Pick<FacilityInput, 'type' | 'careType'>) => matchesFacilityFilter(f, FACILITY_TYPES, FACILITY_CARE_TYPES)

let client: AnalysisClient | null = null
let dataReady: Promise<void> | null = null
let queue: Promise<unknown> = Promise.resolve()

function worker(): AnalysisClient {
  return (client ??= createAnalysisClient())
}

function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const p = queue.then(job)
  queue = p.catch(() => undefined)
  return p
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

function ensureData(): Promise<void> {
  dataReady ??= (async () => {
    await Promise.all(ANALYSIS_LAYERS.map((id) => loadLayer(id as LayerId)))
    const layers = Object.fromEntries(ANALYSIS_LAYERS.map((id) => [id, getLayerData(id as LayerId)]))
    const missing = ANALYSIS_LAYERS.filter((id) => layers[id]!.features.length === 0)
    if (missing.length) throw new Error(`Daten fehlen: ${missing.join(', ')}`)
    await worker().setData(analysisDataFrom(layers as Parameters<typeof analysisDataFrom>[0]))
    setResults({ municipalityNames: municipalityNamesOf(layers.municipalities!) })
    // With an imported road network, travel times follow it; without, the straight-line model stays.
    const network = await fetchRoadNetwork()
    if (network) await worker().setNetwork(await fetchRoadGraph(network))
    setResults({ network })
  })()
  dataReady.catch(() => (dataReady = null))
  return dataReady
}

export function healthKey(h: HealthSettings): string {
  return `${h.mode}/${h.cellSize}/${h.thresholds.join(',')}`
}

const bandBreaks = (h: HealthSettings) => [0, ...h.thresholds]

let healthSeq = 0

/** Baseline when the parameters changed, else only the scenario step (fast). */
export function requestHealth(h: HealthSettings, spec: ScenarioSpec): Promise<void> {
  const seq = ++healthSeq
  return enqueue(async () => {
    if (seq !== healthSeq) return
    const key = healthKey(h)
    const view = getResults().healthView
    setResults({ health: { state: view ? 'running' : 'loading' } })
    try {
      await ensureData()
      const c = worker()
      if (!view || view.key !== key) {
        setResults({ health: { state: 'running' } })
        const { minutes: _m, lon: _x, lat: _y, population: _p, ...base } = await c.health({
          cellSize: h.cellSize, mode: h.mode, facilityTypes: FACILITY_TYPES, careTypes: FACILITY_CARE_TYPES, thresholds: h.thresholds,
        })
        const s = await c.scenario(spec)
        const cells = await c.gridCells()
        setResults({
          healthView: { base, current: s, deltas: spec.off.length + spec.added.length ? s.deltas : null, summaryDe: s.summaryDe, ms: base.ms + s.ms, key },
          cells,
          bands: h.showBands ? await c.isobands(bandBreaks(h)) : null,
        })
      } else {
        const s = await c.scenario(spec)
        const cells = getResults().cells
        setResults({
          healthView: { ...view, current: s, deltas: spec.off.length + spec.added.length ? s.deltas : null, summaryDe: s.summaryDe, ms: s.ms },
          cells: cells && withMinutes(cells, s.minutes),
          bands: h.showBands ? await c.isobands(bandBreaks(h)) : null,
        })
      }
      setResults({ health: { state: 'ready' } })
    } catch (err) {
      setResults({ health: { state: 'error', error: message(err) } })
    }
  })
}

/** Isochrone bands for the current minutes (when switched on after a run). */
export function requestBands(h: HealthSettings): Promise<void> {
  return enqueue(async () => {
    if (getResults().healthView?.key !== healthKey(h)) return
    setResults({ bands: h.showBands ? await worker().isobands(bandBreaks(h)) : null })
  })
}

let sitesSeq = 0

/** Site table and stop catchments for a radius and weights. */
export function requestSites(catchmentM: number, weights: ScoreWeights, withCatchments: boolean): Promise<void> {
  const seq = ++sitesSeq
  return enqueue(async () => {
    if (seq !== sitesSeq) return
    setResults({ sites: { state: getResults().siteResult ? 'running' : 'loading' } })
    try {
      await ensureData()
      const c = worker()
      const siteResult = await c.sites({ catchmentM, weights })
      const old = getResults().catchments
      const catchments = withCatchments ? (old?.population.radiusM === catchmentM ? old : await c.catchments(catchmentM)) : old
      setResults({ siteResult, catchments, sites: { state: 'ready' } })
    } catch (err) {
      setResults({ sites: { state: 'error', error: message(err) } })
    }
  })
}

/** The last site table as CSV or GeoJSON text (the worker formats it). */
export function exportSites(format: 'csv' | 'geojson'): Promise<string> {
  return enqueue(() => worker().exportSites(format))
}

/** ÖV-Güteklassen of a GTFS feed the user chose, on the 250 m cells (after the analysis data is loaded). */
export function runOev(gtfs: ArrayBuffer, date: string) {
  return enqueue(async () => {
    await ensureData()
    return worker().oev(gtfs, date, 250)
  })
}
