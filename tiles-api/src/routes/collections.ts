import { findLayer, layers, type LayerDef } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { Sql } from 'postgres'
import { getFeature, layerExtent, layerVersions, readFeaturePage } from '../db/queries/features.ts'
import { NotFound } from '../errors.ts'
import { cacheHeaders, notModified } from '../middleware/conditional.ts'
import { apiBase, GEOJSON, JSON_TYPE, withParams } from '../ogc/links.ts'
import { collectionMetadata } from '../ogc/collection.ts'
import { parseItemsQuery } from '../ogc/params.ts'

function layerOr404(id: string): LayerDef {
  const layer = findLayer(id)
  if (!layer) throw new NotFound(`Die Sammlung „${id}“ gibt es nicht. Verfügbar: ${layers.map((l) => l.id).join(', ')}.`)
  return layer
}

const geojson = (c: Context, body: string) => c.body(body, 200, { 'Content-Type': GEOJSON })

/** OGC API - Features: collections and their items, for every layer of the catalogue. */
export function collections(sql: Sql) {
  const versionOf = async (layer: LayerDef) => `${layer.id}-${(await layerVersions(sql)).get(layer.id) ?? 0}`

  return new Hono()
    .get('/', async (c) => {
      const versions = await layerVersions(sql)
      const cached = notModified(c, `all-${layers.map((l) => versions.get(l.id) ?? 0).join('.')}`)
      if (cached) return cached
      const base = apiBase(c)
      const extents = await Promise.all(layers.map((l) => layerExtent(sql, l)))
      return c.json({
        links: [{ href: `${base}/collections`, rel: 'self', type: JSON_TYPE }],
        collections: layers.map((l, i) => collectionMetadata(base, l, extents[i] ?? null)),
      })
    })
    .get('/:id', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      const cached = notModified(c, await versionOf(layer))
      if (cached) return cached
      return c.json(collectionMetadata(apiBase(c), layer, await layerExtent(sql, layer)))
    })
    .get('/:id/items', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      const query = parseItemsQuery(layer, new URL(c.req.url).searchParams)
      // Revalidation costs one lookup; a fresh read gets version, count and page in one statement.
      if (c.req.header('If-None-Match')) {
        const cached = notModified(c, await versionOf(layer))
        if (cached) return cached
      }
      const { version, numberMatched: matched, features } = await readFeaturePage(sql, layer, query, query)
      cacheHeaders(c, `${layer.id}-${version}`)
      const returned = Math.max(0, Math.min(query.limit, matched - query.offset))
      const links = [
        { href: withParams(c, {}), rel: 'self', type: GEOJSON },
        { href: `${apiBase(c)}/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE },
      ]
      if (query.offset + returned < matched) links.push({ href: withParams(c, { offset: query.offset + query.limit, limit: query.limit }), rel: 'next', type: GEOJSON })
      if (query.offset > 0) links.push({ href: withParams(c, { offset: Math.max(0, query.offset - query.limit), limit: query.limit }), rel: 'prev', type: GEOJSON })
      const head = JSON.stringify({
        type: 'FeatureCollection',
        numberMatched: matched,
        numberReturned: returned,
        timeStamp: new Date().toISOString(),
        links,
      })
      return geojson(c, `${head.slice(0, -1)},"features":${features}}`)
    })
    .get('/:id/items/:featureId', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      const raw = c.req.param('featureId')
      const unknown = new NotFound(`In „${layer.id}“ gibt es kein Feature mit der Kennung „${raw}“.`)
      if (layer.idType === 'integer' && !/^\d{1,9}$/.test(raw)) throw unknown
      const cached = notModified(c, `${await versionOf(layer)}-${raw}`)
      if (cached) return cached
      const feature = await getFeature(sql, layer, layer.idType === 'integer' ? Number(raw) : raw)
      if (!feature) throw unknown
      const links = [
        { href: `${apiBase(c)}/collections/${layer.id}/items/${encodeURIComponent(raw)}`, rel: 'self', type: GEOJSON },
        { href: `${apiBase(c)}/collections/${layer.id}`, rel: 'collection', type: JSON_TYPE },
      ]
      return geojson(c, `${feature.slice(0, -1)},"links":${JSON.stringify(links)}}`)
    })
}
