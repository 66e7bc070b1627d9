/**
 * The analysis part of the URL hash, so that a link reproduces a scenario:
 *   &analysis=health&health=car/500/10,20,30&off=46,51&add=8.75123/51.71234&radius=1200
 * `off` lists facility ids switched off, `add` hypothetical hospitals as lon/lat.
 * Decoding drops what it cannot read; absent keys leave the state as it is.
 *
 * @example
 * decodeAnalysisUrl(new URLSearchParams('analysis=health&off=46')) // { open: true, tab: 'health', scenario: { off: ['46'], added: [] } }
 */
import type { ScenarioSpec, Mode } from '@regiopol/analysis'
import type { AtlasState } from '../store/index.ts'
import type { AnalysisSlice, AnalysisTab, CellSize, HealthSettings } from './analysis-slice.ts'

export interface AnalysisUrlState {
  open: boolean
  tab?: AnalysisTab
  catchmentM?: number
  health?: Pick<HealthSettings, 'mode' | 'cellSize' | 'thresholds'>
  scenario?: ScenarioSpec
}

const MODES: Mode[] = ['car', 'bike', 'walk']
const CELLS: CellSize[] = [250, 500, 1000]
const HYPOTHETICAL_NAME = 'Neuer Standort'

export function analysisUrlStateOf(s: AtlasState): AnalysisUrlState {
  if (!s.analysisOpen) return { open: false }
  return {
    open: true, tab: s.analysisTab, catchmentM: s.catchmentM,
    health: { mode: s.health.mode, cellSize: s.health.cellSize, thresholds: s.health.thresholds },
    scenario: s.scenario,
  }
}

export function encodeAnalysisUrl(p: URLSearchParams, a: AnalysisUrlState): void {
  if (!a.open) return
  p.set('analysis', a.tab ?? 'health')
  if (a.tab === 'sites' && a.catchmentM) p.set('radius', String(a.catchmentM))
  if (a.health && a.tab === 'health') p.set('health', `${a.health.mode}/${a.health.cellSize}/${a.health.thresholds.join(',')}`)
  if (a.scenario?.off.length) p.set('off', a.scenario.off.join(','))
  if (a.scenario?.added.length) p.set('add', a.scenario.added.map((f) => `${f.lon}/${f.lat}`).join(','))
}

export function decodeAnalysisUrl(p: URLSearchParams): AnalysisUrlState | undefined {
  const tab = p.get('analysis')
  if (tab !== 'health' && tab !== 'sites') return undefined
  const out: AnalysisUrlState = { open: true, tab }
  const radius = Number(p.get('radius'))
  if (Number.isFinite(radius) && radius >= 50 && radius <= 10_000) out.catchmentM = Math.round(radius)
  const [mode, cell, th] = (p.get('health') ?? '').split('/')
  const thresholds = (th ?? '').split(',').map(Number).filter((v) => Number.isFinite(v) && v > 0 && v <= 300)
  if (MODES.includes(mode as Mode) && CELLS.includes(Number(cell) as CellSize) && thresholds.length) {
    out.health = { mode: mode as Mode, cellSize: Number(cell) as CellSize, thresholds: [...new Set(thresholds)].sort((a, b) => a - b) }
  }
  const off = (p.get('off') ?? '').split(',').filter((id) => /^[\w.:-]{1,64}$/.test(id))
  const added = (p.get('add') ?? '')
    .split(',')
    .map((pair) => pair.split('/').map(Number))
    .filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat!) <= 85 && Math.abs(lon!) <= 180)
    .slice(0, 20)
    .map(([lon, lat], i) => ({ id: `neu-${i + 1}`, name: `${HYPOTHETICAL_NAME} ${i + 1}`, type: 'krankenhaus', careType: 'general', lon: lon!, lat: lat!, municipalityAgs: null }))
  out.scenario = { off: [...new Set(off)].sort(), added }
  return out
}

/** The store patch for a decoded URL (undefined = the URL says nothing about the analysis). */
export function analysisPatchOf(a: AnalysisUrlState | undefined, current: HealthSettings): Partial<AnalysisSlice> {
  if (!a) return { analysisOpen: false }
  return {
    analysisOpen: a.open,
    ...(a.tab && { analysisTab: a.tab }),
    ...(a.catchmentM && { catchmentM: a.catchmentM }),
    ...(a.health && { health: { ...current, ...a.health } }),
    ...(a.scenario && { scenario: a.scenario }),
  }
}
