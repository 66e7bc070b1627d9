import type { MunicipalityProfile, Verdict } from '@regiopol/geodata'
import { pick } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { ratioPosition } from './chart-scale.ts'
import { formatFigure, INDICATOR_KIND } from './format.ts'

/** Verdicts by shape and word as well as colour (Tol's bright palette: blue good, red bad). */
const MARK: Record<Verdict, { fill: string; symbol: string }> = {
  strength: { fill: '#4477AA', symbol: '▲' },
  weakness: { fill: '#EE6677', symbol: '▼' },
  average: { fill: '#888888', symbol: '●' },
  context: { fill: '#888888', symbol: '○' },
  unknown: { fill: '#bbbbbb', symbol: '–' },
}

const W = 760, ROW = 30, LABEL = 340, PLOT = W - LABEL - 24

/**
 * The comparison with the regional median: a dot per indicator on a log scale of
 * value ÷ median (chart-scale.ts), and the same figures as a table, which is the text
 * alternative and what a screen reader reads.
 */
export function ComparisonChart({ profile }: { profile: MunicipalityProfile }) {
  const t = useT()
  const language = useLanguage()
  const rows = profile.comparison.indicators
  const h = rows.length * ROW + 30
  const x = (p: number) => LABEL + p * PLOT
  const title = t('profiles.chartTitle', { name: profile.name })
  return (
    <div className="comparison">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby="comparison-title comparison-desc" className="comparison-chart">
        <title id="comparison-title">{title}</title>
        <desc id="comparison-desc">{t('profiles.chartDesc')}</desc>
        {[0.25, 0.5, 1, 2, 4].map((r) => {
          const p = ratioPosition(r, 1)!
          return (
            <g key={r}>
              <line x1={x(p)} x2={x(p)} y1={4} y2={h - 22} stroke={r === 1 ? '#1a1a1a' : '#d0d0d0'} strokeWidth={r === 1 ? 2 : 1} />
              <text x={x(p)} y={h - 6} fontSize={12} textAnchor="middle">{r === 1 ? t('profiles.medianShort') : `${String(r).replace('.', language === 'de' ? ',' : '.')}×`}</text>
            </g>
          )
        })}
        {rows.map((r, i) => {
          const y = 4 + i * ROW + ROW / 2
          const p = ratioPosition(r.value, r.median)
          return (
            <g key={r.id} data-indicator={r.id}>
              <text x={LABEL - 10} y={y + 4} fontSize={13} textAnchor="end">{pick(r.label, language)}</text>
              {p !== null && (
                <text x={x(p)} y={y + 6} fontSize={18} textAnchor="middle" fill={MARK[r.verdict].fill} stroke="#1a1a1a" strokeWidth={0.6}>
                  {MARK[r.verdict].symbol}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <table className="profile-table comparison-table" data-testid="comparison-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profiles.indicator')}</th>
            <th scope="col" className="num">{t('profiles.value')}</th>
            <th scope="col" className="num">{t('profiles.medianShort')}</th>
            <th scope="col">{t('profiles.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-indicator={r.id}>
              <th scope="row">{pick(r.label, language)}{r.sample && <span className="sample-mark" title={t('sample.title')}> *</span>}</th>
              <td className="num" data-figure={`comparison.${r.id}.value`}>{formatFigure(r.value, INDICATOR_KIND[r.id], language)}</td>
              <td className="num" data-figure={`comparison.${r.id}.median`}>{formatFigure(r.median, INDICATOR_KIND[r.id], language)}</td>
              <td className={`verdict verdict-${r.verdict}`}>
                <span aria-hidden="true">{MARK[r.verdict].symbol} </span>
                {t(`profiles.verdict.${r.verdict}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('profiles.comparisonIntro')} {rows.some((r) => r.sample) && `* ${t('sample.badge')}`}</p>
    </div>
  )
}
