import { createHash } from 'node:crypto'
import { layers } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../auth/principal.ts'
import { layerExtent } from '../db/queries/features.ts'
import { NotFound } from '../errors.ts'
import { apiBase } from '../ogc/links.ts'
import { layerOr404 } from '../routes/collections.ts'
import { parseTile, tileMatrixSet, TMS_ID } from './matrix.ts'
import { atlasTileJson, layerTileJson, MVT, TILEJSON, tilesetList, tilesetMetadata } from './metadata.ts'
import { layerTile, type TileAnswer, type TileDatabases } from './tile.ts'

/*
 * OGC API - Tiles: a tileset per collection and one of the whole atlas (every layer in
 * one tile), in WebMercatorQuad, as Mapbox Vector Tiles, with TileJSON for each.
 * Clients and CDNs revalidate every time (ETag per tile, 304 from the tile cache); if
 * the API fails, a CDN may keep serving its last copy for a day (stale-if-error).
 */

export const TILE_CACHE_CONTROL = 'public, max-age=0, must-revalidate, stale-if-error=86400'

function tmsOr404(id: string) {
  if (id !== TMS_ID) throw new NotFound(`Das Kachelgitter „${id}“ gibt es hier nicht. Verfügbar: ${TMS_ID}.`)
}

const held = (c: Context) => {
  const header = c.req.header('If-None-Match')
  return (etag: string) => !!header && header.split(',').some((t) => t.trim() === etag || t.trim() === '*')
}

function tileResponse(c: Context, { etag, data }: TileAnswer) {
  c.header('ETag', etag)
  c.header('Cache-Control', TILE_CACHE_CONTROL)
  if (!data) return c.body(null, 304)
  if (data.length === 0) return c.body(null, 204)
  return c.body(data as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': MVT })
}

export function tileRoutes(db: TileDatabases) {
  return new Hono<AppEnv>()
    .get('/tileMatrixSets', (c) =>
      c.json({ tileMatrixSets: [{ id: TMS_ID, title: 'Google Maps Compatible for the World', links: [{ href: `${apiBase(c)}/tileMatrixSets/${TMS_ID}`, rel: 'self' }] }] }),
    )
    .get('/tileMatrixSets/:tms', (c) => {
      tmsOr404(c.req.param('tms'))
      return c.json(tileMatrixSet())
    })
    .get('/tiles', (c) => c.json(tilesetList(apiBase(c), apiBase(c), 'Regiopol Atlas')))
    .get('/tiles/:tms', (c) => {
      tmsOr404(c.req.param('tms'))
      return c.json(tilesetMetadata(apiBase(c), apiBase(c), 'Regiopol Atlas', layers))
    })
    .get('/tiles/:tms/tilejson.json', (c) => {
      tmsOr404(c.req.param('tms'))
      return c.body(JSON.stringify(atlasTileJson(apiBase(c))), 200, { 'Content-Type': TILEJSON })
    })
    .get('/tiles/:tms/:z/:x/:y', async (c) => {
      tmsOr404(c.req.param('tms'))
      const tile = parseTile(c.req.param('z'), c.req.param('x'), c.req.param('y'))
      // MVT layers are concatenable: the atlas tile is every layer's tile in a row.
      const parts = await Promise.all(layers.map((l) => layerTile(db, l, tile)))
      const etag = `"ta-${tile.z}-${tile.x}-${tile.y}-${createHash('sha1').update(parts.map((p) => p.etag).join()).digest('base64url')}"`
      const data = Buffer.concat(parts.map((p) => p.data!))
      return tileResponse(c, held(c)(etag) ? { etag } : { etag, data })
    })
    .get('/collections/:id/tiles', (c) => {
      const layer = layerOr404(c.req.param('id'))
      return c.json(tilesetList(apiBase(c), `${apiBase(c)}/collections/${layer.id}`, layer.title.de))
    })
    .get('/collections/:id/tiles/:tms', (c) => {
      const layer = layerOr404(c.req.param('id'))
      tmsOr404(c.req.param('tms'))
      return c.json(tilesetMetadata(apiBase(c), `${apiBase(c)}/collections/${layer.id}`, layer.title.de, [layer]))
    })
    .get('/collections/:id/tiles/:tms/tilejson.json', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      tmsOr404(c.req.param('tms'))
      return c.body(JSON.stringify(layerTileJson(apiBase(c), layer, (await layerExtent(db.read, layer)).bbox)), 200, { 'Content-Type': TILEJSON })
    })
    .get('/collections/:id/tiles/:tms/:z/:x/:y', async (c) => {
      const layer = layerOr404(c.req.param('id'))
      tmsOr404(c.req.param('tms'))
      const tile = parseTile(c.req.param('z'), c.req.param('x'), c.req.param('y'))
      return tileResponse(c, await layerTile(db, layer, tile, c.req.header('If-None-Match')))
    })
}
