import { useCallback, useEffect, useState } from 'react'
import type { MessageKey } from '../i18n/index.ts'
import { ApiError } from '../api/http.ts'
import { problemsByField } from './field-problems.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'

/*
 * What the create and edit pages of projects and exchange posts share: the state of a
 * save (busy, the server's problems per field, a 412), its message, and loading the
 * record to edit again after a 412.
 */

export interface SaveState {
  busy: boolean
  problems: Record<string, string>
  error: string | null
  stale: boolean
}

export const IDLE: SaveState = { busy: false, problems: {}, error: null, stale: false }
export const BUSY: SaveState = { ...IDLE, busy: true }

/** A refused save as form state; `extraProblems` adds field problems the server names only by kind. */
export function saveFailed(err: unknown, extraProblems?: (err: ApiError) => Record<string, string>): SaveState {
  if (err instanceof ApiError) {
    const problems = { ...problemsByField(err.errors, err.kind), ...extraProblems?.(err) }
    return { busy: false, problems, error: err.message, stale: err.status === 412 }
  }
  return { ...IDLE, error: err instanceof Error ? err.message : String(err) }
}

/** A save and its outcome: `save(write)` is busy while `write` runs and turns a refusal into form state with `failed`; `reset` clears it. */
export function useSave(failed: (err: unknown) => SaveState = saveFailed) {
  const [state, setState] = useState<SaveState>(IDLE)
  const save = async (write: () => Promise<void>) => {
    setState(BUSY)
    try {
      await write()
    } catch (err) {
      setState(failed(err))
    }
  }
  return { state, save, reset: () => setState(IDLE) }
}

export interface SaveTexts {
  stale: MessageKey
  reload: MessageKey
  failed: MessageKey
}

/** The save's outcome above the form: "changed in the meantime" with a reload button, or the error. */
export function SaveMessage({ state, texts, onReload }: { state: SaveState; texts: SaveTexts; onReload?: () => void }) {
  const t = useT()
  if (state.stale) {
    return (
      <div role="alert" className="pool-error">
        <p>{t(texts.stale)}</p>
        {onReload && <button type="button" onClick={onReload}>{t(texts.reload)}</button>}
      </div>
    )
  }
  return state.error ? <p role="alert" className="pool-error">{t(texts.failed, { message: state.error })}</p> : null
}

/**
 * Loads a record for its edit form (again when the account changes or after a 412);
 * `formKey` changes with every load so the form starts from the loaded values.
 */
export function useEditedRecord<T>(fetchRecord: () => Promise<T>) {
  const account = useAtlas((s) => s.account)
  const [loaded, setLoaded] = useState<T | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [formKey, setFormKey] = useState(0)
  const load = useCallback(() => {
    fetchRecord().then(
      (record) => {
        setLoaded(record)
        setFormKey((k) => k + 1)
      },
      (err: unknown) => setLoadError(err instanceof Error ? err.message : String(err)),
    )
  }, [fetchRecord])
  useEffect(load, [load, account])
  return { account, loaded, loadError, formKey, load }
}
