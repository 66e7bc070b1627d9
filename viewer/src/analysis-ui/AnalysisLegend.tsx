import { LegendSwatch } from '../components/LegendSwatch.tsx'
import { formatNumber, type Language, type MessageKey, type Translate } from '../i18n/index.ts'
import type { AnalysisTab, HealthSettings } from './analysis-slice.ts'
import { CATCHMENT_COLOR } from './layers/analysis-catchments.ts'
import { FACILITY_STYLE } from './layers/analysis-facilities.ts'
import { NO_DATA, travelTimeBreaks, travelTimeClasses } from './layers/analysis-surface.ts'
import type { Swatch } from '../map/legend.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'

/** The analysis legend's entries (also printed, print/content.ts): pure, from the same constants the builders use. */
export function analysisLegendEntries(tab: AnalysisTab, health: HealthSettings, t: Translate, language: Language): { label: string; swatch: Swatch }[] {
  const n = (v: number) => formatNumber(v, language, 1)
  const entries: { label: string; swatch: Swatch }[] = []
  if (tab === 'health') {
    if (health.showSurface) {
      for (const c of travelTimeClasses(travelTimeBreaks(health.thresholds))) {
        const label = c.from === null ? `< ${n(c.to!)} min` : c.to === null ? `≥ ${n(c.from)} min` : `${n(c.from)}–${n(c.to)} min`
        entries.push({ label, swatch: { shape: 'area', color: c.color } })
      }
      entries.push({ label: t('analysis.legend.unreachable'), swatch: { shape: 'area', color: NO_DATA } })
    }
    if (health.showBands) entries.push({ label: t('analysis.legend.bands'), swatch: { shape: 'line', color: '#3B2A1A' } })
    for (const state of ['active', 'off', 'hypothetical'] as const) {
      const s = FACILITY_STYLE[state]
      entries.push({ label: t(`analysis.legend.facility.${state}` as MessageKey), swatch: { shape: 'circle', color: s.fill, stroke: s.stroke, ...(s.sign && { letter: s.sign }) } })
    }
  } else {
    entries.push({ label: t('analysis.legend.catchment'), swatch: { shape: 'area', color: CATCHMENT_COLOR } })
    entries.push({ label: t('analysis.legend.stopCircle'), swatch: { shape: 'line', color: CATCHMENT_COLOR, dash: [3, 2] } })
    entries.push({ label: t('analysis.legend.selectedSite'), swatch: { shape: 'line', color: '#FFDD00', stroke: '#111111' } })
  }
  return entries
}

/** Legend of the analysis layers of the open tab, from the same constants the builders use. */
export function AnalysisLegend() {
  const t = useT()
  const language = useLanguage()
  const tab = useAtlas((s) => s.analysisTab)
  const health = useAtlas((s) => s.health)
  const entries = analysisLegendEntries(tab, health, t, language)
  return (
    <section className="legend analysis-legend" aria-labelledby="analysis-legend-heading">
      <h3 id="analysis-legend-heading">{t('analysis.legend.title')}</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.label}>
            <LegendSwatch swatch={e.swatch} />
            <span>{e.label}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
