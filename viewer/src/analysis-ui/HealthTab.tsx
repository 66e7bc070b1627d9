import { THRESHOLD_PRESETS, type Mode } from '@regiopol/analysis'
import type { MessageKey } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import type { CellSize } from './analysis-slice.ts'
import { AnalysisLegend } from './AnalysisLegend.tsx'
import { ClosureRanking } from './ClosureRanking.tsx'
import { IndicatorPanel } from './IndicatorPanel.tsx'
import { ModelNote } from './ModelNote.tsx'
import { useAnalysisResults } from './results-store.ts'
import { RunStatus } from './RunStatus.tsx'
import { ScenarioList } from './ScenarioList.tsx'
import { parseThresholds } from './transitions.ts'

const MODES: Mode[] = ['car', 'bike', 'walk']
const CELLS: CellSize[] = [250, 500, 1000]
const TIME_PRESETS = THRESHOLD_PRESETS.filter((p) => p.kind === 'time')
/** A preset of T minutes becomes the thresholds 10, 20, …, T (bands every 10 minutes). */
const thresholdsFor = (t: number) => [...Array.from({ length: Math.floor((t - 1) / 10) }, (_, i) => (i + 1) * 10), t]

/** Gesundheitsversorgung: travel time to the nearest hospital, indicators and what-if. */
export function HealthTab() {
  const t = useT()
  const language = useLanguage()
  const health = useAtlas((s) => s.health)
  const setHealth = useAtlas((s) => s.setHealth)
  const r = useAnalysisResults()
  return (
    <div className="analysis-health">
      <div className="field-row">
        <label className="field">
          {t('analysis.health.mode')}
          <select value={health.mode} onChange={(e) => setHealth({ mode: e.target.value as Mode })}>
            {MODES.map((m) => (
              <option key={m} value={m}>{t(`analysis.mode.${m}` as MessageKey)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('analysis.health.cellSize')}
          <select value={health.cellSize} onChange={(e) => setHealth({ cellSize: Number(e.target.value) as CellSize })}>
            {CELLS.map((c) => (
              <option key={c} value={c}>{c === 1000 ? '1 km' : `${c} m`}</option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('analysis.health.thresholds')}
          <input
            key={health.thresholds.join(',')}
            type="text" inputMode="numeric" defaultValue={health.thresholds.join(', ')}
            onBlur={(e) => {
              const th = parseThresholds(e.target.value)
              if (th) setHealth({ thresholds: th })
            }}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
        </label>
      </div>
      <fieldset className="presets">
        <legend>{t('analysis.health.presets')}</legend>
        {TIME_PRESETS.map((p) => (
          <button key={p.id} type="button" className="preset-button" onClick={() => setHealth({ mode: p.mode ?? 'car', thresholds: thresholdsFor(p.value) })}>
            {p.label[language]}
            <small className="source">{t('analysis.source', { source: p.source })}</small>
          </button>
        ))}
      </fieldset>
      <div className="field-row">
        <label className="check-row">
          <input type="checkbox" checked={health.showSurface} onChange={(e) => setHealth({ showSurface: e.target.checked })} />
          {t('analysis.health.surface')}
        </label>
        <label className="check-row">
          <input type="checkbox" checked={health.showBands} onChange={(e) => setHealth({ showBands: e.target.checked })} />
          {t('analysis.health.bands')}
        </label>
      </div>
      <ModelNote />
      <p className="muted">{t('analysis.populationNote')}</p>
      <RunStatus state={r.health.state} error={r.health.error} ms={r.healthView?.ms} />
      <AnalysisLegend />
      {r.healthView && (
        <>
          <ScenarioList />
          <IndicatorPanel />
          <ClosureRanking />
        </>
      )}
    </div>
  )
}
