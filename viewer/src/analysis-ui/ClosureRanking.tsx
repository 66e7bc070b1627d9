import { GBA_INDISPENSABLE_POPULATION, THRESHOLD_PRESETS } from '@regiopol/analysis'
import { formatNumber } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { useAnalysisResults } from './results-store.ts'
import { countsForHealth } from './runner.ts'

const GBA = THRESHOLD_PRESETS.find((p) => p.id === 'gba-hospital')!

/** For each open hospital: inhabitants newly beyond the threshold if it closed (G-BA logic), ranked. */
export function ClosureRanking() {
  const t = useT()
  const language = useLanguage()
  const { healthView } = useAnalysisResults()
  if (!healthView) return null
  const th = healthView.current.indicators.thresholds
  const T = th[th.length - 1]!
  const ranked = healthView.current.closure.filter(countsForHealth)
  return (
    <section className="closure" aria-labelledby="closure-heading">
      <h3 id="closure-heading">{t('analysis.closure.title', { minutes: T })}</h3>
      <p className="muted">
        {t('analysis.closure.help', { count: formatNumber(GBA_INDISPENSABLE_POPULATION, language, 0) })}
        <small className="source">{t('analysis.source', { source: GBA.source })}</small>
      </p>
      <div className="table-scroll">
        <table className="compact closure-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('analysis.closure.hospital')}</th>
              <th scope="col" className="num">{t('analysis.closure.newlyBeyond', { minutes: T })}</th>
              <th scope="col">{t('analysis.closure.indispensable')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((c, i) => (
              <tr key={c.id} data-id={c.id} className={c.indispensable ? 'indispensable' : undefined}>
                <td className="num">{i + 1}</td>
                <td>{c.name}</td>
                <td className="num">{formatNumber(c.newlyBeyond, language, 0)}</td>
                <td>{c.indispensable ? `● ${t('analysis.closure.yes')}` : t('analysis.closure.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
