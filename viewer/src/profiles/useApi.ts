import { useEffect, useState } from 'react'
import { ApiError } from '../api/http.ts'

export type Loaded<T> = { data: T } | { error: string; status: number } | null

/** Loads once per key; aborts when the key changes or the page closes. */
export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>(null)
  useEffect(() => {
    const abort = new AbortController()
    setLoaded(null)
    load(abort.signal).then(
      (data) => setLoaded({ data }),
      (err: unknown) => {
        if (!abort.signal.aborted) setLoaded({ error: err instanceof Error ? err.message : String(err), status: err instanceof ApiError ? err.status : 0 })
      },
    )
    return () => abort.abort()
  }, [key]) // eslint-disable-line react-hooks/exhaustive-deps
  return loaded
}
