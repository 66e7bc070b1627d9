import { attributions, layers, type LayerId } from '@regiopol/geodata'
import { formatDate, formatNumber, pick, type Language, type Translate } from '../i18n/index.ts'
import type { BasemapId } from '../map/basemaps.ts'
import { buildLayers } from '../map/layers/index.ts'
import type { LayerFilter } from '../filters/filter-model.ts'
import { legendFor, withoutFilteredClasses } from '../map/legend.ts'
import type { LegendItem, PrintContent } from './compose.ts'
import { SPEED_SOURCES, type Mode } from '@regiopol/analysis'
import type { MapImage } from './render-map.ts'

/*
 * What the map's print page says: the legend of exactly the visible layers (read from
 * the same layer specs the map draws), their sources and attributions, the basemap's,
 * and a note when sample data is on the map.
 */

const BASEMAP_ATTRIBUTION: Record<Exclude<BasemapId, 'offline'>, string> = {
  basemapde: '© basemap.de / BKG (CC BY 4.0)',
  osm: '© OpenStreetMap-Mitwirkende (ODbL)',
}

/** Legend of the visible layers, without the classes their filters hide. */
export function legendItems(visible: readonly LayerId[], filters: Partial<Record<LayerId, LayerFilter>>, language: Language, sampleLabel: string): LegendItem[] {
  const items: LegendItem[] = []
  for (const def of layers) {
    if (!visible.includes(def.id)) continue
    items.push({ label: `${pick(def.title, language)}${def.sample ? ` (${sampleLabel})` : ''}` })
    for (const group of withoutFilteredClasses(legendFor(def, buildLayers(def, { visible: true, opacity: 1 }), language), filters[def.id])) {
      for (const e of group.entries) items.push({ label: e.label, swatch: e.swatch })
    }
  }
  return items
}

export function sourcesOf(visible: readonly LayerId[], basemap: BasemapId, t: Translate): string[] {
  const texts = new Set<string>()
  for (const def of layers) if (visible.includes(def.id)) for (const a of def.attribution) texts.add(`${a.text} (${a.licence})`)
  texts.add(basemap === 'offline' ? t('print.basemap') : BASEMAP_ATTRIBUTION[basemap])
  texts.add(`${attributions.bkg.text} (${attributions.bkg.licence})`)
  return [...texts]
}

export interface MapPrintInput {
  title: string
  visible: readonly LayerId[]
  filters?: Partial<Record<LayerId, LayerFilter>>
  basemap: BasemapId
  language: Language
  t: Translate
  map?: MapImage
  /** Extra legend entries (e.g. the analysis surface), appended after the layers. */
  extraLegend?: LegendItem[]
  /** Small print after the sources (e.g. which model estimated the minutes). */
  extraNotes?: string[]
  today?: Date
}

export function mapPrintContent({ title, visible, filters = {}, basemap, language, t, map, extraLegend = [], extraNotes = [], today = new Date() }: MapPrintInput): PrintContent {
  const sample = layers.some((l) => l.sample && visible.includes(l.id))
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
  return {
    title,
    subtitle: `${t('app.title')} – ${t('app.subtitle')}`,
    date: t('print.date', { date: formatDate(iso, language) }),
    ...(map && { map }),
    legend: [...legendItems(visible, filters, language, t('sample.badge')), ...extraLegend],
    sources: sourcesOf(visible, basemap, t),
    ...((sample || extraNotes.length > 0) && { notes: [...extraNotes, ...(sample ? [t('print.sample')] : [])] }),
    labels: { legend: t('print.legend'), sources: t('print.sources'), north: t('print.north'), scale: (n) => t('print.scale', { scale: formatNumber(n, language, 0) }) },
  }
}

/** The sentence that says how the minutes of a health map were estimated (model and speed). */
export function healthModelNote(mode: Mode, t: Translate): string {
  return `${t('analysis.estimateNote')} ${t('analysis.speed', { speed: SPEED_SOURCES[mode] })}`
}
