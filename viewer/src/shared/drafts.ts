import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react'

/*
 * Drafts of forms, per form, in the tab's session storage: what was typed survives
 * "Karte" and Back, a reload, a page change; it is dropped once saved or discarded.
 * Nothing leaves the browser and the next tab starts empty.
 *
 * @example
 * const [values, setValues] = useDraft('project:new', emptyValues())
 * // after a successful save:
 * clearDraft('project:new')
 */

const PREFIX = 'regiopol-draft:'

function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null // storage disabled: forms still work, without drafts
  }
}

export function readDraft<T>(key: string, store = storage()): T | undefined {
  const text = store?.getItem(PREFIX + key)
  if (!text) return undefined
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

/** Keeps the draft, or drops it when it equals the form's starting values (nothing typed). */
export function writeDraft<T>(key: string, value: T, initial: T, store = storage()): void {
  if (!store) return
  if (JSON.stringify(value) === JSON.stringify(initial)) store.removeItem(PREFIX + key)
  else store.setItem(PREFIX + key, JSON.stringify(value))
}

/** Drops a form's draft and the drafts kept beside it under `key:…` (its geometry). */
export function clearDraft(key: string, store: Pick<Storage, 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>> | null = storage()): void {
  if (!store) return
  store.removeItem(PREFIX + key)
  const sub: string[] = []
  for (let i = 0; i < (store.length ?? 0); i++) {
    const k = store.key?.(i)
    if (k?.startsWith(`${PREFIX}${key}:`)) sub.push(k)
  }
  for (const k of sub) store.removeItem(k)
}

export function hasDraft(key: string, store = storage()): boolean {
  return !!store?.getItem(PREFIX + key)
}

/**
 * useState that starts from the stored draft and stores every change. Only a change of the
 * value writes: a re-render with new starting values (a reloaded record) must not write the
 * draft back after clearDraft.
 */
export function useDraft<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? initial)
  const start = useRef(initial)
  useEffect(() => writeDraft(key, value, start.current), [key, value])
  return [value, setValue]
}
