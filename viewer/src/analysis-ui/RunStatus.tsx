import { formatNumber } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import type { RunState } from './results-store.ts'

/** "Berechnet in 42 ms" / "Wird berechnet …" / the error, announced politely. */
export function RunStatus({ state, error, ms }: { state: RunState; error?: string | undefined; ms?: number | undefined }) {
  const t = useT()
  const language = useLanguage()
  return (
    <p className={`run-status ${state}`} role="status" aria-live="polite" data-state={state}>
      {state === 'loading' && t('analysis.status.loading')}
      {state === 'running' && t('analysis.status.running')}
      {state === 'ready' && ms !== undefined && t('analysis.status.ready', { ms: formatNumber(ms, language, 0) })}
      {state === 'error' && t('analysis.status.error', { message: error ?? '' })}
    </p>
  )
}
