import type { LayerDef } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Db } from '../db/queries/db.ts'
import { cachedTile, storeTile, tileVersion, versionKey, type TileVersion } from './cache.ts'
import { encodeTile } from './encode.ts'
import type { TileCoord } from './matrix.ts'
import { canAsMvt, mvtTile, tileRows } from './query.ts'

/** Bump when the tile format changes (properties, thinning), so old copies stop matching. */
const TILE_REVISION = 1

const etagPrefix = (layer: LayerDef, { z, x, y }: TileCoord) => `"t${TILE_REVISION}-${layer.id}-${z}-${x}-${y}-`
export const tileEtag = (layer: LayerDef, tile: TileCoord, at: TileVersion) => `${etagPrefix(layer, tile)}${versionKey(at)}"`

/** The version keys of this tile that an If-None-Match header names. */
function heldVersions(header: string | undefined, layer: LayerDef, tile: TileCoord): string[] {
  const prefix = etagPrefix(layer, tile)
  return (header ?? '').split(',').map((t) => t.trim()).filter((t) => t.startsWith(prefix) && t.endsWith('"')).map((t) => t.slice(prefix.length, -1))
}

export interface TileAnswer {
  etag: string
  /** Undefined when the client's copy is current (answer 304). */
  data?: Uint8Array
}

export interface TileDatabases {
  /** Reads (the replica when there is one). */
  read: Sql
  /** The tile cache is written here (the primary). */
  write: Sql
}

const encoders = new WeakMap<Sql, Promise<boolean>>()

/** Whether this database writes tiles itself (ST_AsMVT); asked once per pool. */
export function nativeMvt(sql: Sql): Promise<boolean> {
  let native = encoders.get(sql)
  if (!native) encoders.set(sql, (native = canAsMvt(sql)))
  return native
}

/** Builds the tile on the database: ST_AsMVT where it exists, else SQL geometry + vt-pbf. */
export async function buildTile(sql: Db, native: boolean, layer: LayerDef, tile: TileCoord): Promise<Uint8Array> {
  return native ? mvtTile(sql, layer, tile) : encodeTile(layer.sourceLayer, await tileRows(sql, layer, tile))
}

/**
 * One layer's tile: from the cache when current, else built and cached. When the
 * client's If-None-Match names the current version, nothing is built or transferred.
 */
export async function layerTile(db: TileDatabases, layer: LayerDef, tile: TileCoord, ifNoneMatch?: string): Promise<TileAnswer> {
  const versions = heldVersions(ifNoneMatch, layer, tile)
  const any = ifNoneMatch?.trim() === '*'
  const held = (etag: string) => any || versions.some((v) => etag === `${etagPrefix(layer, tile)}${v}"`)
  const hit = await cachedTile(db.read, layer, tile, versions)
  if (hit) {
    const etag = tileEtag(layer, tile, hit)
    return hit.data && !any ? { etag, data: hit.data } : { etag }
  }
  // The version is read before the tile is built: a write in between gives newer bytes under
  // the older tag, which the next request replaces (the cache checks the version); never the reverse.
  const at = await tileVersion(db.read, layer, tile)
  const etag = tileEtag(layer, tile, at)
  if (held(etag)) return { etag }
  const data = await buildTile(db.read, await nativeMvt(db.read), layer, tile)
  await storeTile(db.write, layer, tile, at, data)
  return { etag, data }
}
