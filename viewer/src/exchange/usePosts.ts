import { useEffect, useState } from 'react'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { fetchPosts } from './api.ts'

/** The posts the caller may list (current, or with expired ones); answers of an earlier request are dropped. */
export function usePosts(includeExpired: boolean): { posts: AtlasFeature[]; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ posts: AtlasFeature[]; error: string | null; loading: boolean }>({ posts: [], error: null, loading: true })
  useEffect(() => {
    const abort = new AbortController()
    setState((s) => ({ ...s, loading: true }))
    fetchPosts(includeExpired, abort.signal).then(
      (posts) => setState({ posts, error: null, loading: false }),
      (err: unknown) => {
        if (!abort.signal.aborted) setState({ posts: [], error: err instanceof Error ? err.message : String(err), loading: false })
      },
    )
    return () => abort.abort()
  }, [includeExpired])
  return state
}
