import type { Indicators, ScenarioDeltas } from '@regiopol/analysis'
import { formatNumber, type Language, type Translate } from '../i18n/index.ts'

/*
 * The what-if summary as full sentences with sign and unit, per threshold: the share
 * that reaches a hospital in time under the scenario, and how that changed against
 * the baseline in percentage points ("unverändert" when it did not), then who crossed
 * the threshold. A bare "0,0 %" read as "nobody reaches it".
 *
 * @example
 * whatIfSentences(deltas, current, t, 'de')
 * // ['Unverändert: 100 % der Einwohner innerhalb von 30 Minuten.']
 * // ['96,4 % der Einwohner innerhalb von 30 Minuten: −1,8 Prozentpunkte gegenüber der Ausgangslage.', '12.950 Einwohner brauchen jetzt länger als 30 Minuten.']
 */

/** "+1,8", "−1,8" (a real minus sign); |v| < 0.05 is "±0,0". */
export function signedNumber(v: number, language: Language, digits = 1): string {
  if (Math.abs(v) < 0.5 * 10 ** -digits) return `±${formatNumber(0, language, digits)}`
  const text = formatNumber(Math.abs(v), language, digits)
  return `${v > 0 ? '+' : '−'}${text}`
}

export function whatIfSentences(deltas: ScenarioDeltas, current: Indicators, t: Translate, language: Language): string[] {
  const lines: string[] = []
  deltas.thresholds.forEach((minutes, k) => {
    const share = formatNumber(current.region.withinShare[k]! * 100, language, 1)
    const pp = deltas.region.sharePp[k]!
    const beyond = Math.round(deltas.region.newlyBeyond[k]!)
    const within = Math.round(deltas.region.newlyWithin[k]!)
    if (Math.abs(pp) < 0.05 && beyond === 0 && within === 0) {
      lines.push(t('analysis.whatIf.unchanged', { share, minutes }))
      return
    }
    lines.push(t('analysis.whatIf.changed', { share, minutes, pp: signedNumber(pp, language) }))
    if (beyond > 0) lines.push(t('analysis.whatIf.newlyBeyond', { count: formatNumber(beyond, language, 0), minutes }))
    if (within > 0) lines.push(t('analysis.whatIf.newlyWithin', { count: formatNumber(within, language, 0), minutes }))
  })
  return lines
}
