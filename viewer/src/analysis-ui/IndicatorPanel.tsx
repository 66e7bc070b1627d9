import type { AreaDelta, AreaIndicators } from '@regiopol/analysis'
import { formatNumber } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { thresholdColors } from './chart-colors.ts'
import { IndicatorChart } from './IndicatorChart.tsx'
import { useAnalysisResults } from './results-store.ts'

/** Population-weighted reachability per municipality and for the region, with a bar each. */
export function IndicatorPanel() {
  const t = useT()
  const language = useLanguage()
  const { healthView } = useAnalysisResults()
  const thresholds = useAtlas((s) => s.health.thresholds)
  if (!healthView) return null
  const { indicators } = healthView.current
  const th = indicators.thresholds
  const last = th.length - 1
  const T = th[last]!
  const deltas = healthView.deltas
  const deltaOf = (ags: string | null) => (ags === null ? deltas?.region : deltas?.municipalities.find((d) => d.ags === ags))
  const n = (v: number, d = 0) => (Number.isFinite(v) ? formatNumber(v, language, d) : '–')
  const colors = thresholdColors(th.length)
  const row = (a: AreaIndicators, isRegion: boolean) => {
    const d: AreaDelta | undefined = deltaOf(a.ags)
    const pp = d?.sharePp[last] ?? 0
    const dm = d?.meanDeltaMin ?? 0
    return (
      <tr key={a.ags ?? 'region'} data-ags={a.ags ?? 'region'} className={isRegion ? 'region-row' : undefined}>
        <th scope="row">
          {isRegion ? t('analysis.region') : a.name}
          <IndicatorChart shares={a.withinShare} thresholds={th} language={language} width={110} />
        </th>
        <td className="num" data-testid="within-share">
          {n(a.withinShare[last]! * 100, 1)} %
          {Math.abs(pp) >= 0.05 && <span className={`delta ${pp < 0 ? 'worse' : 'better'}`}> ({pp > 0 ? '+' : '−'}{n(Math.abs(pp), 1)})</span>}
        </td>
        <td className="num" data-testid="mean-min">
          {n(a.meanMin, 1)}
          {Math.abs(dm) >= 0.05 && <span className={`delta ${dm > 0 ? 'worse' : 'better'}`}> ({dm > 0 ? '+' : '−'}{n(Math.abs(dm), 1)})</span>}
        </td>
        <td className="num">{n(a.medianMin, 1)}</td>
        <td className="num">{n(a.worstMin, 1)}</td>
        <td className="num" data-testid="beyond">{n(a.beyondPop[last]!)}</td>
      </tr>
    )
  }
  return (
    <section className="indicators" aria-labelledby="indicators-heading">
      <h3 id="indicators-heading">{t('analysis.indicators.title', { minutes: T })}</h3>
      <p className="chart-key">
        {thresholds.map((x, k) => (
          <span key={x}>
            <svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill={colors[k]} /></svg> ≤ {x} min{' '}
          </span>
        ))}
      </p>
      <div className="table-scroll">
        <table className="compact indicator-table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.col.municipality')} · {t('analysis.indicators.chart')}</th>
              <th scope="col" className="num">{t('analysis.indicators.within', { minutes: T })}</th>
              <th scope="col" className="num">{t('analysis.indicators.mean')}</th>
              <th scope="col" className="num">{t('analysis.indicators.median')}</th>
              <th scope="col" className="num">{t('analysis.indicators.worst')}</th>
              <th scope="col" className="num">{t('analysis.indicators.beyond', { minutes: T })}</th>
            </tr>
          </thead>
          <tbody>
            {row(indicators.region, true)}
            {[...indicators.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'de')).map((m) => row(m, false))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
