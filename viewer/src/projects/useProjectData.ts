import { useEffect, useMemo, useState } from 'react'
import { loadLayer, useLayerData, type AtlasFeature } from '../data/feature-cache.ts'
import { searchProjects, type ProjectSearchResult } from './api.ts'
import type { ProjectQuery } from './query.ts'

/** The search answer for the current query; stale answers of earlier queries are dropped. */
export function useProjectSearch(query: ProjectQuery): { result: ProjectSearchResult | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ result: ProjectSearchResult | null; error: string | null; loading: boolean }>({ result: null, error: null, loading: true })
  const key = JSON.stringify({ ...query, selected: undefined })
  useEffect(() => {
    const abort = new AbortController()
    setState((s) => ({ ...s, loading: true }))
    searchProjects(JSON.parse(key) as ProjectQuery, abort.signal).then(
      (result) => setState({ result, error: null, loading: false }),
      (err: unknown) => {
        if (!abort.signal.aborted) setState({ result: null, error: err instanceof Error ? err.message : String(err), loading: false })
      },
    )
    return () => abort.abort()
  }, [key])
  return state
}

/** Project locations by id (the OGC layer carries geometry, never contact details). */
export function useProjectLocations(): Map<string, AtlasFeature> {
  const data = useLayerData('projects')
  useEffect(() => {
    void loadLayer('projects')
  }, [])
  return useMemo(() => new Map(data.features.map((f) => [String(f.id), f])), [data])
}

/** Every tag in use, sorted, for the tag filter's suggestions. */
export function useKnownTags(): string[] {
  const data = useLayerData('projects')
  return useMemo(() => [...new Set(data.features.flatMap((f) => (Array.isArray(f.properties.tags) ? (f.properties.tags as string[]) : [])))].sort((a, b) => a.localeCompare(b, 'de')), [data])
}
