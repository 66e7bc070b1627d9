import type { CreateExchangeBody, ExchangePostProperties, PatchExchangeBody } from '@regiopol/geodata'
import type { Point } from 'geojson'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import { call } from '../projects/api.ts'

/*
 * Calls of the exchange board (tiles-api/README.md, "Exchange board"). The list reads the
 * OGC collection (current posts; with include=expired for signed-in accounts); one post
 * comes with its ETag for If-Match. Refusals are ProjectApiError (status, German detail,
 * field problems), shared with the project pages.
 */

export interface PostFeature {
  type: 'Feature'
  id: number
  geometry: Point | null
  properties: ExchangePostProperties
}

/** Every post the caller may list, shaped like the map's features (with the id property). */
export async function fetchPosts(includeExpired: boolean, signal?: AbortSignal): Promise<AtlasFeature[]> {
  const params = `limit=10000${includeExpired ? '&include=expired' : ''}`
  const body = (await (await call('GET', `/collections/exchange_posts/items?${params}`, signal ? { signal } : {})).json()) as { features: AtlasFeature[] }
  return body.features.map((f) => ({ ...f, properties: { ...f.properties, [ID_PROPERTY]: String(f.id) } }))
}

export async function fetchPost(id: string, signal?: AbortSignal): Promise<{ post: PostFeature; etag: string }> {
  const res = await call('GET', `/exchange-posts/${encodeURIComponent(id)}`, signal ? { signal } : {})
  return { post: (await res.json()) as PostFeature, etag: res.headers.get('ETag') ?? '' }
}

export async function createPost(body: CreateExchangeBody): Promise<PostFeature> {
  return (await call('POST', '/collections/exchange_posts/items', { body })).json() as Promise<PostFeature>
}

export async function patchPost(id: number, etag: string, body: PatchExchangeBody): Promise<{ post: PostFeature; etag: string }> {
  const res = await call('PATCH', `/collections/exchange_posts/items/${id}`, { body, headers: { 'If-Match': etag } })
  return { post: (await res.json()) as PostFeature, etag: res.headers.get('ETag') ?? '' }
}

/** Closes the post (the API keeps it, hidden from the board). */
export async function closePost(id: number, etag: string): Promise<void> {
  await call('DELETE', `/collections/exchange_posts/items/${id}`, { headers: { 'If-Match': etag } })
}
