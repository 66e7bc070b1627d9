import { SPEED_SOURCES } from '@regiopol/analysis'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { countedText, modelText } from './model-text.ts'
import { useAnalysisResults } from './results-store.ts'

/** Says which model made the figures below (road network or straight line) and which hospitals they count. */
export function ModelNote() {
  const t = useT()
  const language = useLanguage()
  const mode = useAtlas((s) => s.health.mode)
  const r = useAnalysisResults()
  const base = r.healthView?.base
  return (
    <div className="model-note" data-model={base?.model.kind ?? 'pending'} data-testid="model-note">
      {base ? (
        <p className="estimate-note">{modelText(base.model, t, language)}</p>
      ) : (
        <p className="estimate-note">{t('analysis.estimateNote')} {t('analysis.speed', { speed: SPEED_SOURCES[mode] })}</p>
      )}
      {base?.model.kind === 'network' && <p className="muted"><small className="source">{base.model.attribution}</small></p>}
      {base && <p className="muted" data-testid="counted-facilities">{countedText(base.facilities, t)}</p>}
    </div>
  )
}
