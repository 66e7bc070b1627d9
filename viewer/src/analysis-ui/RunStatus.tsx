import { formatNumber } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import type { RunState } from './results-store.ts'

/** "Ergebnis nach 3,2 s" (the time the user waited) / "Wird berechnet …" / the error, announced politely. */
export function RunStatus({ state, error, waitedMs }: { state: RunState; error?: string | undefined; waitedMs?: number | undefined }) {
  const t = useT()
  const language = useLanguage()
  return (
    <p className={`run-status ${state}`} role="status" aria-live="polite" data-state={state}>
      {state === 'loading' && t('analysis.status.loading')}
      {state === 'running' && t('analysis.status.running')}
      {state === 'ready' && waitedMs !== undefined && t('analysis.status.waited', { seconds: formatNumber(waitedMs / 1000, language, 1) })}
      {state === 'error' && t('analysis.status.error', { message: error ?? '' })}
    </p>
  )
}
