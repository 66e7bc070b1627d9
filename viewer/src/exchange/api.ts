import type { CreateExchangeBody, ExchangePostProperties, PatchExchangeBody } from '@regiopol/geodata'
import type { Point } from 'geojson'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import { getJson, send, sendJson, sendTagged } from '../api/http.ts'

/*
 * Calls of the exchange board (tiles-api/README.md, "Exchange board"). The list reads the
 * OGC collection (current posts; with include=expired for signed-in accounts); one post
 * comes with its ETag for If-Match. Over the one HTTP client (api/http.ts): refusals are
 * ApiError (status, German detail, field problems).
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
  const body = await getJson<{ features: AtlasFeature[] }>(`/collections/exchange_posts/items?${params}`, signal)
  return body.features.map((f) => ({ ...f, properties: { ...f.properties, [ID_PROPERTY]: String(f.id) } }))
}

export async function fetchPost(id: string, signal?: AbortSignal): Promise<{ post: PostFeature; etag: string }> {
  const { body, etag } = await sendTagged<PostFeature>('GET', `/exchange-posts/${encodeURIComponent(id)}`, signal ? { signal } : {})
  return { post: body, etag }
}

export async function createPost(body: CreateExchangeBody): Promise<PostFeature> {
  return sendJson('POST', '/collections/exchange_posts/items', { body })
}

export async function patchPost(id: number, etag: string, body: PatchExchangeBody): Promise<{ post: PostFeature; etag: string }> {
  const answer = await sendTagged<PostFeature>('PATCH', `/collections/exchange_posts/items/${id}`, { body, ifMatch: etag })
  return { post: answer.body, etag: answer.etag }
}

/** Closes the post (the API keeps it, hidden from the board). */
export async function closePost(id: number, etag: string): Promise<void> {
  await send('DELETE', `/collections/exchange_posts/items/${id}`, { ifMatch: etag })
}
