import { useMemo } from 'react'
import { formatNumber, type Language } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { useAnalysisResults } from './results-store.ts'
import { countsForHealth } from './runner.ts'

/** What-if: hospitals on/off, hypothetical sites by map click, and the change against the baseline. */
export function ScenarioList() {
  const t = useT()
  const language = useLanguage()
  const { healthView } = useAnalysisResults()
  const scenario = useAtlas((s) => s.scenario)
  const addMode = useAtlas((s) => s.addMode)
  const { toggleFacility, setAddMode, removeAddedFacility, resetScenario } = useAtlas.getState()
  const hospitals = useMemo(
    () =>
      (healthView?.base.facilities ?? [])
        .filter((f) => !f.hypothetical && countsForHealth(f))
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    [healthView],
  )
  const changed = scenario.off.length + scenario.added.length > 0
  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h3 id="scenario-heading">{t('analysis.whatIf.title')}</h3>
      <div className="delta-summary" role="status" aria-live="polite" data-testid="delta-summary">
        {changed && healthView ? (
          <>
            {healthView.summaryDe.map((line) => <p key={line}>{line}</p>)}
            {healthView.deltas && <p data-testid="mean-delta">{t('analysis.whatIf.meanDelta', { delta: signed(healthView.deltas.region.meanDeltaMin, language) })}</p>}
          </>
        ) : (
          <p className="muted">{t('analysis.whatIf.baseline')}</p>
        )}
      </div>
      <div className="button-row">
        <button type="button" aria-pressed={addMode} onClick={() => setAddMode(!addMode)}>
          + {t('analysis.whatIf.add')}
        </button>
        <button type="button" disabled={!changed} onClick={resetScenario}>
          {t('analysis.whatIf.reset')}
        </button>
      </div>
      {addMode && <p className="hint">{t('analysis.whatIf.addHint')}</p>}
      {scenario.added.length > 0 && (
        <ul className="added-sites">
          {scenario.added.map((f) => (
            <li key={f.id}>
              <span>{f.name}</span>
              <button type="button" onClick={() => removeAddedFacility(f.id)} aria-label={t('analysis.whatIf.remove', { name: f.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <details open>
        <summary>{t('analysis.whatIf.hospitals', { count: hospitals.length })}</summary>
        <ul className="hospital-list">
          {hospitals.map((f) => (
            <li key={f.id}>
              <label className="check-row">
                <input type="checkbox" checked={!scenario.off.includes(f.id)} onChange={() => toggleFacility(f.id)} data-facility={f.id} />
                <span>{f.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}

/** +0,4 / −1,2 / ±0,0 with a real minus sign. */
export function signed(v: number, language: Language): string {
  const text = formatNumber(Math.abs(v), language, 1)
  if (Math.abs(v) < 0.05) return `±${formatNumber(0, language, 1)}`
  return `${v > 0 ? '+' : '−'}${text}`
}
