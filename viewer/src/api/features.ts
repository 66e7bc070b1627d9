import type { LayerId } from '@regiopol/geodata'
import type { Geometry } from 'geojson'
import { getJson } from './http.ts'

/*
 * Reading the catalogue layers from tiles-api (OGC API - Features), over the one HTTP
 * client in http.ts.
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

/** The server's maximum page size; larger layers are read page by page via `next` links. */
const PAGE = 10_000

export async function fetchCollections(signal?: AbortSignal): Promise<ApiCollection[]> {
  return (await getJson<{ collections: ApiCollection[] }>('/collections', signal)).collections
}

/** All features of a layer, following `next` links. */
export async function fetchAllItems(layer: LayerId, signal?: AbortSignal): Promise<ApiFeatureCollection> {
  let path: string | undefined = `/collections/${layer}/items?limit=${PAGE}`
  const features: ApiFeature[] = []
  let first: ApiFeatureCollection | undefined
  while (path) {
    const page: ApiFeatureCollection = await getJson<ApiFeatureCollection>(path, signal)
    first ??= page
    features.push(...page.features)
    const next = page.links.find((l) => l.rel === 'next')?.href
    path = next ? apiPath(next) : undefined
  }
  return { ...first!, features, numberReturned: features.length }
}

/** Number of features without loading them (for layers that stay hidden). */
export async function fetchCount(layer: LayerId, signal?: AbortSignal): Promise<number> {
  return (await getJson<ApiFeatureCollection>(`/collections/${layer}/items?limit=1`, signal)).numberMatched
}

export async function fetchFeature(layer: LayerId, id: string, signal?: AbortSignal): Promise<ApiFeature> {
  return getJson<ApiFeature>(`/collections/${layer}/items/${encodeURIComponent(id)}`, signal)
}

/** A `next` link of the server (absolute, under /api) as a path below /api. */
function apiPath(href: string): string {
  const url = new URL(href, location.href)
  return url.pathname.replace(/^\/api(?=\/)/, '') + url.search
}
