import type { LayerId } from '@regiopol/geodata'
import type { Geometry } from 'geojson'

/*
 * The one typed client of tiles-api (OGC API - Features). Every request goes to the
 * same origin under /api; in dev Vite proxies it to the API on port 8080.
 */

export interface ApiFeature {
  type: 'Feature'
  id: string | number
  geometry: Geometry | null
  properties: Record<string, unknown>
}

export interface ApiFeatureCollection {
  type: 'FeatureCollection'
  features: ApiFeature[]
  numberMatched: number
  numberReturned: number
  links: { href: string; rel: string }[]
}

export interface ApiCollection {
  id: LayerId
  title: string
  extent?: { spatial?: { bbox?: number[][] } }
  attribution?: string
  sample?: boolean
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const API = '/api'
/** The server's maximum page size; larger layers are read page by page via `next` links. */
const PAGE = 10_000

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal: signal ?? null, headers: { Accept: 'application/geo+json, application/json' } })
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`
    try {
      const problem = (await res.json()) as { detail?: string; title?: string }
      detail = problem.detail ?? problem.title ?? detail
    } catch {
      // Not problem details: keep the status line.
    }
    throw new ApiError(res.status, detail)
  }
  return (await res.json()) as T
}

export async function fetchCollections(signal?: AbortSignal): Promise<ApiCollection[]> {
  return (await getJson<{ collections: ApiCollection[] }>(`${API}/collections`, signal)).collections
}

/** All features of a layer, following `next` links. */
export async function fetchAllItems(layer: LayerId, signal?: AbortSignal): Promise<ApiFeatureCollection> {
  let url: string | undefined = `${API}/collections/${layer}/items?limit=${PAGE}`
  const features: ApiFeature[] = []
  let first: ApiFeatureCollection | undefined
  while (url) {
    const page: ApiFeatureCollection = await getJson<ApiFeatureCollection>(url, signal)
    first ??= page
    features.push(...page.features)
    const next = page.links.find((l) => l.rel === 'next')?.href
    url = next ? new URL(next, location.href).pathname + new URL(next, location.href).search : undefined
  }
  return { ...first!, features, numberReturned: features.length }
}

/** Number of features without loading them (for layers that stay hidden). */
export async function fetchCount(layer: LayerId, signal?: AbortSignal): Promise<number> {
  return (await getJson<ApiFeatureCollection>(`${API}/collections/${layer}/items?limit=1`, signal)).numberMatched
}

export async function fetchFeature(layer: LayerId, id: string, signal?: AbortSignal): Promise<ApiFeature> {
  return getJson<ApiFeature>(`${API}/collections/${layer}/items/${encodeURIComponent(id)}`, signal)
}

export interface RoadNetworkInfo {
  id: number
  source: string
  sourceDate: string | null
  importedAt: string
  attribution: string
  speedSource: string
  nodes: number
  edges: number
  graphBytes: number
}

/** The imported road network, or null when none is imported (the API answers 404). */
export async function fetchRoadNetwork(signal?: AbortSignal): Promise<RoadNetworkInfo | null> {
  try {
    return await getJson<RoadNetworkInfo>(`${API}/network`, signal)
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null
    throw err
  }
}

/** The routable graph as one binary (geodata graph-binary.ts), for the analysis worker. */
export async function fetchRoadGraph(info: RoadNetworkInfo, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(`${API}/network/graph.bin?v=${info.id}`, { signal: signal ?? null })
  if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText}`)
  return res.arrayBuffer()
}
