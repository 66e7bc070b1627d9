import type { HealthResult, ReachModel } from '@regiopol/analysis'
import { formatNumber, type Language } from '../i18n/index.ts'
import type { useT } from '../store/hooks.ts'

type T = ReturnType<typeof useT>

/** One sentence naming the model that produced the travel times (screen and print). */
export function modelText(model: ReachModel, t: T, language: Language): string {
  if (model.kind === 'network') {
    const date = model.sourceDate ? new Date(model.sourceDate).toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB') : t('analysis.model.unknownDate')
    return t('analysis.model.network', { source: model.source, date, speeds: model.speedSource, access: formatNumber(model.accessKmh, language, 1) })
  }
  return t('analysis.model.straight', { factor: formatNumber(model.detourFactor, language, 1), speed: formatNumber(model.speedKmh, language, 1) })
}

/** Which facilities the indicators count and which they leave out, by care type. */
export function countedText(facilities: HealthResult['facilities'], t: T): string {
  const real = facilities.filter((f) => !f.hypothetical)
  const skipped = (care: string) => real.filter((f) => !f.active && f.careType === care).length
  return t('analysis.counted', {
    counted: real.filter((f) => f.active).length, psychiatry: skipped('psychiatry'), specialist: skipped('specialist'),
  })
}
