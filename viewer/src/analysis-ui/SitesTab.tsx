import { THRESHOLD_PRESETS } from '@regiopol/analysis'
import { formatNumber } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { AnalysisLegend } from './AnalysisLegend.tsx'
import { ExportButtons } from './ExportButtons.tsx'
import { OevPanel } from './OevPanel.tsx'
import { useAnalysisResults } from './results-store.ts'
import { RunStatus } from './RunStatus.tsx'
import { SiteTotals } from './SiteTotals.tsx'
import { parseRadius } from './transitions.ts'
import { WeightSliders } from './WeightSliders.tsx'

const RADIUS_PRESETS = THRESHOLD_PRESETS.filter((p) => p.kind === 'distance')

/** Bauland an der Schiene: catchment radius, site scores, totals and the site table. */
export function SitesTab() {
  const t = useT()
  const language = useLanguage()
  const catchmentM = useAtlas((s) => s.catchmentM)
  const setCatchmentM = useAtlas((s) => s.setCatchmentM)
  const showCatchments = useAtlas((s) => s.showCatchments)
  const setShowCatchments = useAtlas((s) => s.setShowCatchments)
  const tableOpen = useAtlas((s) => s.siteTableOpen)
  const setTableOpen = useAtlas((s) => s.setSiteTableOpen)
  const r = useAnalysisResults()
  const isPreset = RADIUS_PRESETS.some((p) => p.value === catchmentM)
  return (
    <div className="analysis-sites">
      <fieldset>
        <legend>{t('analysis.sites.radius')}</legend>
        {RADIUS_PRESETS.map((p) => (
          <label key={p.id} className="preset">
            <input type="radio" name="catchment-radius" checked={catchmentM === p.value} onChange={() => setCatchmentM(p.value)} />
            <span>
              {p.label[language]}
              <small className="source">{t('analysis.source', { source: p.source })}</small>
            </span>
          </label>
        ))}
        <label className="custom-value">
          {t('analysis.sites.customRadius')}
          <input
            type="number" min={50} max={10000} step={50}
            key={isPreset ? 'preset' : 'custom'}
            defaultValue={catchmentM}
            onChange={(e) => {
              const v = parseRadius(e.target.value)
              if (v) setCatchmentM(v)
            }}
          />
          m
        </label>
        <label className="check-row">
          <input type="checkbox" checked={showCatchments} onChange={(e) => setShowCatchments(e.target.checked)} />
          {t('analysis.sites.showCatchments')}
        </label>
      </fieldset>
      <p className="estimate-note">{t('analysis.estimateNote')}</p>
      <RunStatus state={r.sites.state} error={r.sites.error} ms={r.siteResult?.ms} />
      {r.catchments && (
        <p data-testid="catchment-population">
          {t('analysis.sites.catchmentPopulation', { radius: formatNumber(r.catchments.population.radiusM, language, 0), population: formatNumber(r.catchments.population.region, language, 0) })}
        </p>
      )}
      <div className="button-row">
        <button type="button" aria-pressed={tableOpen} onClick={() => setTableOpen(!tableOpen)}>
          ▤ {t(tableOpen ? 'analysis.sites.closeTable' : 'analysis.sites.openTable')}
        </button>
        <ExportButtons disabled={!r.siteResult} />
      </div>
      <WeightSliders />
      <SiteTotals />
      <OevPanel />
      <AnalysisLegend />
    </div>
  )
}
