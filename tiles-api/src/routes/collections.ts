import { findCollection, ogcCollections, type LayerDef } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../auth/principal.ts'
import type { Sql } from 'postgres'
import type { WritableCollection } from '../writes/collection.ts'
import { writableItems } from '../writes/writable-items.ts'
import { noteRead } from '../writes/without-if-match.ts'
import { getFeature, layerExtent, layerVersions, readFeaturePage } from '../db/queries/features.ts'
import { NotFound, Unauthorized } from '../errors.ts'
import { cacheHeaders, notModified } from '../middleware/conditional.ts'
import { collectionHtml, collectionsHtml, itemHtml, itemsHtml, respond, wantsHtml } from '../ogc/html.ts'
import { apiBase, GEOJSON, HTML, JSON_TYPE, SCHEMA_TYPE, withParams } from '../ogc/links.ts'
import { collectionMetadata } from '../ogc/collection.ts'
import { compileFilter } from '../ogc/cql2/index.ts'
import { crsOf } from '../ogc/crs.ts'
import { onlyParameters, parseItemsQuery } from '../ogc/params.ts'
import { collectionSchema } from '../ogc/schema.ts'

/** The collections /collections lists (the mixed projects collection is served but not listed). */
const listed = ogcCollections.filter((l) => !l.unlisted)

export function layerOr404(id: string): LayerDef {
  const layer = findCollection(id)
  if (!layer) throw new NotFound(`Die Sammlung „${id}“ gibt es nicht. Verfügbar: ${listed.map((l) => l.id).join(', ')}.`)
  return layer
}

const geojson = (c: Context, body: string) => c.body(body, 200, { 'Content-Type': GEOJSON })

const hasRestricted = (layer: LayerDef) => layer.properties.some((p) => p.restricted)

/**
 * Signed-in clients also get the layer's restricted properties: a different
 * representation, so a different ETag, a private cache, and Vary on the credentials.
 */
function representation(c: Context<AppEnv>, layer: LayerDef) {
  const full = hasRestricted(layer) && !!c.get('principal')
  if (hasRestricted(layer)) c.header('Vary', 'Cookie, Authorization', { append: true })
  return { full, suffix: full ? '-full' : '' }
}

function privateIfFull(c: Context, full: boolean) {
  if (full) c.header('Cache-Control', 'private, max-age=0, must-revalidate')
}

/**
 * Which relation answers an items request. Layers whose records expire (the exchange
 * board) hide expired ones; signed-in accounts may ask for them with `include=expired`
 * (they are kept for the region's records, not for the public). The day is part of the
 * version: a post expires at midnight without any write that would bump the layer version.
 */
function expirySelection(c: Context<AppEnv>, layer: LayerDef, includeExpired: boolean) {
  if (!layer.expiredRelation) return { layer, suffix: '', private: false }
  const day = `-d${new Date().toISOString().slice(0, 10)}`
  if (!includeExpired) return { layer, suffix: day, private: false }
  if (!c.get('principal')) throw new Unauthorized('Abgelaufene Beiträge („include=expired“) sehen nur angemeldete Konten.')
  c.header('Vary', 'Cookie, Authorization', { append: true })
  return { layer: { ...layer, relation: layer.expiredRelation }, suffix: `${day}-expired`, private: true }
}

/**
 * OGC API - Features: collections and their items, for every layer of the catalogue;
 * the writable ones also take writes (one factory, writable-items.ts).
 */
export function collections(sql: Sql, writable: readonly WritableCollection[]) {
  const writableIds = new Set<string>(writable.map((w) => w.id))
  const itemTagOf = new Map(writable.flatMap((w) => (w.itemTag ? [[w.id as string, w.itemTag] as const] : [])))
  const versionOf = async (layer: LayerDef) => `${layer.id}-${(await layerVersions(sql)).get(layer.versionLayer ?? layer.id) ?? 0}`

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      onlyParameters(new URL(c.req.url).searchParams, ['f'])
      const versions = await layerVersions(sql)
      const cached = notModified(c, `all-${listed.map((l) => versions.get(l.versionLayer ?? l.id) ?? 0).join('.')}`)
      if (cached) return cached
      const base = apiBase(c)
      const extents = await Promise.all(listed.map((l) => layerExtent(sql, l)))
      return respond(c, collectionsHtml, {
        links: [
          { href: `${base}/collections`, rel: 'self', type: JSON_TYPE },
          { href: `${base}/collections?f=html`, rel: 'alternate', type: HTML },
        ],
        collections: listed.map((l, i) => collectionMetadata(base, l, extents[i] ?? null)),
      })
    })
    .get('/:id', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      onlyParameters(new URL(c.req.url).searchParams, ['f'])
      const cached = notModified(c, await versionOf(layer))
      if (cached) return cached
      return respond(c, collectionHtml, collectionMetadata(apiBase(c), layer, await layerExtent(sql, layer)))
    })
    .get('/:id/:kind{queryables|schema}', (c) => {
      const layer = layerOr404(c.req.param('id'))
      onlyParameters(new URL(c.req.url).searchParams, ['f'])
      const { full } = representation(c, layer)
      privateIfFull(c, full)
      const kind = c.req.param('kind') as 'queryables' | 'schema'
      return c.body(JSON.stringify(collectionSchema(apiBase(c), layer, kind, full)), 200, { 'Content-Type': SCHEMA_TYPE })
    })
    .get('/:id/items', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      const rep = representation(c, layer)
      const query = parseItemsQuery(layer, new URL(c.req.url).searchParams, rep.full)
      const where = query.filter && compileFilter(layer, query.filter, rep.full)
      // A token client's read is the state its writes without If-Match count as made on.
      if (writableIds.has(layer.id)) await noteRead(sql, c.get('principal'), layer.id)
      const expiry = expirySelection(c, layer, query.includeExpired)
      const full = rep.full || expiry.private
      const suffix = rep.suffix + expiry.suffix
      // Revalidation costs one lookup; a fresh read gets version, count and page in one statement.
      if (c.req.header('If-None-Match')) {
        const cached = notModified(c, (await versionOf(layer)) + suffix)
        privateIfFull(c, full)
        if (cached) return cached
      }
      const { version, numberMatched: matched, numberReturned: returned, features, more, lastId } = await readFeaturePage(sql, expiry.layer, { ...query, where }, query, rep.full, query)
      cacheHeaders(c, `${layer.id}-${version}${suffix}`)
      c.header('Content-Crs', `<${query.crs.uri}>`)
      privateIfFull(c, full)
      const links = [
        { href: withParams(c, {}), rel: 'self', type: GEOJSON },
        { href: `${apiBase(c)}/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE },
      ]
      // In id order the next page starts after this page's last id (no deep offset to skip); else by offset.
      const keyset = query.sortby.length === 0 && lastId !== null
      if (more) {
        const next: Record<string, string | number | null> = keyset ? { after: lastId, offset: null, limit: query.limit } : { offset: query.offset + query.limit, limit: query.limit }
        links.push({ href: withParams(c, next), rel: 'next', type: GEOJSON })
      }
      if (query.offset > 0 && query.after === undefined) links.push({ href: withParams(c, { offset: Math.max(0, query.offset - query.limit), limit: query.limit }), rel: 'prev', type: GEOJSON })
      const head = JSON.stringify({
        type: 'FeatureCollection',
        numberMatched: matched,
        numberReturned: returned,
        timeStamp: new Date().toISOString(),
        links,
      })
      if (wantsHtml(c)) {
        const itemHref = (id: string | number) => `${apiBase(c)}/collections/${layer.id}/items/${encodeURIComponent(id)}`
        return itemsHtml(c, layer.title.de, { numberMatched: matched, numberReturned: returned, links, features: JSON.parse(features) }, itemHref)
      }
      return geojson(c, `${head.slice(0, -1)},"features":${features}}`)
    })
    .get('/:id/items/:featureId', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      const raw = c.req.param('featureId')
      const params = new URL(c.req.url).searchParams
      onlyParameters(params, ['f', 'crs'])
      const crs = crsOf('crs', params.get('crs') ?? undefined)
      const unknown = new NotFound(`In „${layer.id}“ gibt es kein Feature mit der Kennung „${raw}“.`)
      if (layer.idType === 'integer' && !/^\d{1,9}$/.test(raw)) throw unknown
      const { full, suffix } = representation(c, layer)
      const itemTag = itemTagOf.get(layer.id)
      if (itemTag) {
        // The item's ETag is the record's version tag: the one If-Match of a PATCH compares against.
        const etag = await itemTag(sql, Number(raw), full)
        if (etag === undefined) throw unknown
        c.header('ETag', etag)
        c.header('Cache-Control', full ? 'private, max-age=0, must-revalidate' : 'public, max-age=0, must-revalidate')
        if (c.req.header('If-None-Match')?.split(',').some((t) => t.trim() === etag)) return c.body(null, 304)
      } else {
        const day = layer.expiredRelation ? `-d${new Date().toISOString().slice(0, 10)}` : ''
        // The id goes into the ETag header, which carries only Latin-1: encoded.
        const cached = notModified(c, `${await versionOf(layer)}-${encodeURIComponent(raw)}${suffix}${day}-${crs.srid}${crs.northFirst ? 'n' : ''}`)
        privateIfFull(c, full)
        if (cached) return cached
      }
      const feature = await getFeature(sql, layer, layer.idType === 'integer' ? Number(raw) : raw, full, { crs })
      if (!feature) throw unknown
      c.header('Content-Crs', `<${crs.uri}>`)
      const links = [
        { href: `${apiBase(c)}/collections/${layer.id}/items/${encodeURIComponent(raw)}`, rel: 'self', type: GEOJSON },
        { href: `${apiBase(c)}/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE },
      ]
      if (wantsHtml(c)) return itemHtml(c, layer.title.de, { ...JSON.parse(feature), links })
      return geojson(c, `${feature.slice(0, -1)},"links":${JSON.stringify(links)}}`)
    })
    .route('/', writableItems(sql, writable))
}
