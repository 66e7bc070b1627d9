import type { ScoreWeights } from '@regiopol/analysis'
import { formatNumber, type MessageKey } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'

const KEYS: (keyof ScoreWeights)[] = ['distance', 'service', 'size', 'hospital', 'catchment']

/** The user's weights of the site score (0 … 1 each; they need not sum to 1). */
export function WeightSliders() {
  const t = useT()
  const language = useLanguage()
  const weights = useAtlas((s) => s.weights)
  const setWeight = useAtlas((s) => s.setWeight)
  const reset = useAtlas((s) => s.resetWeights)
  return (
    <fieldset className="weights">
      <legend>{t('analysis.weights.title')}</legend>
      {KEYS.map((k) => (
        <label key={k} className="weight">
          <span>{t(`analysis.weights.${k}` as MessageKey)}</span>
          <input type="range" min={0} max={1} step={0.05} value={weights[k]} onChange={(e) => setWeight(k, Number(e.target.value))} />
          <output>{formatNumber(weights[k], language, 2)}</output>
        </label>
      ))}
      <p className="muted">{t('analysis.weights.help')}</p>
      <button type="button" onClick={reset}>
        {t('analysis.weights.reset')}
      </button>
    </fieldset>
  )
}
