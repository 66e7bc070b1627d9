import { findLayer, findTheme, isLayerId, type LayerId } from '@regiopol/geodata'
import { decodeAnalysisUrl, encodeAnalysisUrl, type AnalysisUrlState } from '../analysis-ui/analysis-url.ts'
import { filterableProperties, isActive, type Condition, type LayerFilter } from '../filters/filter-model.ts'
import { LANGUAGES, type Language } from '../i18n/index.ts'
import { BASEMAPS, type BasemapId } from '../map/basemaps.ts'
import type { Camera, FeatureRef } from '../store/index.ts'

/*
 * The whole view in the URL hash, readable by people:
 *   #map=11.2/51.7186/8.7577&layers=municipalities,rail_stops&filter.development_land=use:wohnen,gewerbe;area_ha:1..5
 *   &sel=health_facilities/46&basemap=osm&lang=en&thema=gesundheitsversorgung&praesentation=1
 * The hash never reaches the server, so a link works on any host serving the viewer.
 * Decoding checks everything against the catalogue and drops what it does not know.
 */

export interface UrlState {
  camera?: Camera
  visible?: LayerId[]
  filters?: Partial<Record<LayerId, LayerFilter>>
  selected?: FeatureRef | null
  basemap?: BasemapId
  language?: Language
  tableLayer?: LayerId | null
  /** Analysis panel, parameters and what-if scenario (analysis-ui/analysis-url.ts). */
  analysis?: AnalysisUrlState
  /** Open theme map (slug from geodata themes.ts); its defaults fill what the URL leaves out. */
  theme?: string | null
  /** Presentation mode (praesentation=1). */
  presentation?: boolean
}

const round = (v: number, digits: number) => Number(v.toFixed(digits))

function encodeCondition(c: Condition): string {
  if (c.kind === 'values') return c.values.join(',')
  return `${c.min ?? ''}..${c.max ?? ''}`
}

export function encodeFilter(filter: LayerFilter): string {
  return Object.entries(filter)
    .filter(([, c]) => isActive(c))
    .map(([key, c]) => `${key}:${encodeCondition(c)}`)
    .join(';')
}

export function encodeUrlState(state: UrlState): string {
  const p = new URLSearchParams()
  if (state.camera) {
    const { zoom, lat, lng, bearing, pitch } = state.camera
    const parts = [round(zoom, 2), round(lat, 5), round(lng, 5)]
    if (bearing || pitch) parts.push(round(bearing, 1), round(pitch, 1))
    p.set('map', parts.join('/'))
  }
  if (state.visible) p.set('layers', state.visible.join(','))
  for (const [layer, filter] of Object.entries(state.filters ?? {})) {
    const text = filter ? encodeFilter(filter) : ''
    if (text) p.set(`filter.${layer}`, text)
  }
  if (state.selected) p.set('sel', `${state.selected.layer}/${state.selected.id}`)
  if (state.tableLayer) p.set('table', state.tableLayer)
  if (state.basemap && state.basemap !== 'offline') p.set('basemap', state.basemap)
  if (state.language && state.language !== 'de') p.set('lang', state.language)
  if (state.analysis) encodeAnalysisUrl(p, state.analysis)
  if (state.theme) p.set('thema', state.theme)
  if (state.presentation) p.set('praesentation', '1')
  // Keep separators readable: URLSearchParams escapes , / : ; which are safe in a fragment.
  return p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%3B/g, ';')
}

function decodeCamera(text: string): Camera | undefined {
  const n = text.split('/').map(Number)
  if (n.length < 3 || n.some((v) => !Number.isFinite(v))) return undefined
  const [zoom, lat, lng, bearing = 0, pitch = 0] = n as [number, number, number, number?, number?]
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180 || zoom < 0 || zoom > 24) return undefined
  return { zoom, lat, lng, bearing, pitch }
}

function decodeFilter(layer: LayerId, text: string): LayerFilter {
  const def = findLayer(layer)!
  const allowed = new Map(filterableProperties(def).map((p) => [p.key, p]))
  const out: LayerFilter = {}
  for (const part of text.split(';')) {
    const at = part.indexOf(':')
    const key = part.slice(0, at)
    const raw = part.slice(at + 1)
    const property = allowed.get(key)
    if (at < 1 || !property) continue
    if (property.filterKind === 'values') {
      const known = new Set(property.options?.map((o) => o.value))
      const values = raw.split(',').filter((v) => known.has(v))
      if (values.length) out[key] = { kind: 'values', values }
    } else {
      const m = /^(-?[\d.]*)\.\.(-?[\d.]*)$/.exec(raw)
      if (!m) continue
      const num = (s: string | undefined) => (s === undefined || s === '' || !Number.isFinite(Number(s)) ? undefined : Number(s))
      const c: Condition = { kind: 'range', min: num(m[1]), max: num(m[2]) }
      if (isActive(c)) out[key] = c
    }
  }
  return out
}

export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''))
  const state: UrlState = {}
  const map = p.get('map')
  const camera = map ? decodeCamera(map) : undefined
  if (camera) state.camera = camera
  const visible = p.get('layers')
  if (visible !== null) state.visible = visible.split(',').filter(isLayerId)
  for (const [key, value] of p) {
    const layer = key.startsWith('filter.') ? key.slice(7) : ''
    if (!isLayerId(layer)) continue
    const filter = decodeFilter(layer, value)
    if (Object.keys(filter).length) (state.filters ??= {})[layer] = filter
  }
  const sel = p.get('sel')
  if (sel) {
    const slash = sel.indexOf('/')
    const layer = sel.slice(0, slash)
    if (slash > 0 && isLayerId(layer) && sel.length > slash + 1) state.selected = { layer, id: sel.slice(slash + 1) }
  }
  const table = p.get('table')
  if (table && isLayerId(table)) state.tableLayer = table
  const basemap = p.get('basemap')
  if (basemap && (BASEMAPS as string[]).includes(basemap)) state.basemap = basemap as BasemapId
  const lang = p.get('lang')
  if (lang && (LANGUAGES as string[]).includes(lang)) state.language = lang as Language
  const analysis = decodeAnalysisUrl(p)
  if (analysis) state.analysis = analysis
  const theme = p.get('thema')
  if (theme && findTheme(theme)) state.theme = theme
  if (p.get('praesentation') === '1') state.presentation = true
  return state
}
