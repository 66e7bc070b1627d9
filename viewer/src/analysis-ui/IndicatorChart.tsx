import { formatNumber, type Language } from '../i18n/index.ts'
import { thresholdColors } from './chart-colors.ts'

/**
 * One horizontal bar: the share of inhabitants within each threshold, cumulative,
 * the widest (slowest threshold, darkest) underneath. Same colours as the map.
 */
export function IndicatorChart({ shares, thresholds, language, width = 120 }: { shares: number[]; thresholds: number[]; language: Language; width?: number }) {
  const colors = thresholdColors(thresholds.length)
  const h = 12
  const label = thresholds.map((th, k) => `≤ ${th} min: ${formatNumber((shares[k] ?? 0) * 100, language, 1)} %`).join(', ')
  return (
    <svg className="indicator-chart" width={width} height={h} viewBox={`0 0 ${width} ${h}`} role="img" aria-label={label}>
      <title>{label}</title>
      <rect x={0} y={0} width={width} height={h} fill="#f0f0f0" stroke="#999" strokeWidth={0.5} />
      {thresholds
        .map((_, k) => k)
        .reverse()
        .map((k) => (
          <rect key={k} x={0} y={0} width={Math.max(0, Math.min(1, shares[k] ?? 0)) * width} height={h} fill={colors[k]} />
        ))}
    </svg>
  )
}
