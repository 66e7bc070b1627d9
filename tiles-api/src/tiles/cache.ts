import { TILE_BUFFER, TILE_EXTENT, tileRule, type LayerDef } from '@regiopol/geodata'
import type { Db } from '../db/queries/db.ts'
import type { TileCoord } from './matrix.ts'

/*
 * Tile versions and the tile cache (tables from migration 0019). A tile's version is the
 * number of the last write whose box met it, plus the day for layers that follow the
 * calendar. A cached tile is served only while its version is still the current one,
 * checked in the same statement that reads it, so a tile stored by a request that raced
 * a write can never be served after that write. Writes delete the tiles they touch, and
 * the table keeps the newest MAX_TILES rows; nothing lives in process memory.
 */

export const MAX_TILES = 20_000
/** One insert in TRIM_EVERY trims the table back to MAX_TILES. */
const TRIM_EVERY = 200

export interface TileVersion {
  version: string
  /** The day for layers whose content follows the calendar, else null. */
  day: string | null
}

export interface CachedTile extends TileVersion {
  /** Null when the client holds this version already (nothing to transfer). */
  data: Uint8Array | null
}

/** "version" or "version-day", as the ETag names it. */
export const versionKey = (at: TileVersion) => (at.day ? `${at.version}-${at.day}` : at.version)

const envelope = (sql: Db, { z, x, y }: TileCoord) =>
  sql`ST_Transform(ST_TileEnvelope(${z}, ${x}, ${y}, margin => ${TILE_BUFFER / TILE_EXTENT}::float8), 4326)`

const lastWrite = (sql: Db, layer: LayerDef, env: ReturnType<typeof envelope>) => sql`greatest(
    (select max(id) from tile_writes where layer = ${layer.id} and bbox is null),
    (select max(id) from tile_writes where layer = ${layer.id} and bbox && ${env}), 0)`

const today = (sql: Db, layer: LayerDef) => (tileRule(layer).daily ? sql`current_date` : sql`null::date`)

/** The cached tile, when it is still current; its bytes only when the client lacks them (`held`: version keys). */
export async function cachedTile(sql: Db, layer: LayerDef, tile: TileCoord, held: string[]): Promise<CachedTile | undefined> {
  const [row] = await sql<CachedTile[]>`
    select case when c.version::text || coalesce('-' || c.day::text, '') = any(${held}::text[]) then null else c.data end as data,
           c.version::text as version, c.day::text as day
    from tile_cache c
    where c.layer = ${layer.id} and c.z = ${tile.z} and c.x = ${tile.x} and c.y = ${tile.y}
      and c.day is not distinct from ${today(sql, layer)}
      and c.version = ${lastWrite(sql, layer, sql`c.env`)}`
  return row
}

/** The tile's current version, without building it. */
export async function tileVersion(sql: Db, layer: LayerDef, tile: TileCoord): Promise<TileVersion> {
  const [row] = await sql<TileVersion[]>`select ${lastWrite(sql, layer, envelope(sql, tile))}::text as version, ${today(sql, layer)}::text as day`
  return row!
}

/** Stores a built tile under the version it was built at (on the primary: the cache is written). */
export async function storeTile(sql: Db, layer: LayerDef, tile: TileCoord, at: TileVersion, data: Uint8Array): Promise<void> {
  await sql`
    insert into tile_cache (layer, z, x, y, version, day, env, data)
    values (${layer.id}, ${tile.z}, ${tile.x}, ${tile.y}, ${at.version}, ${at.day}, ${envelope(sql, tile)}, ${data})
    on conflict (layer, z, x, y) do update
      set version = excluded.version, day = excluded.day, data = excluded.data, created_at = now()`
  if (Math.random() < 1 / TRIM_EVERY) await trimCache(sql)
}

/** Keeps the newest MAX_TILES tiles. */
export async function trimCache(sql: Db, max = MAX_TILES): Promise<void> {
  await sql`delete from tile_cache where created_at < (select created_at from tile_cache order by created_at desc offset ${max} limit 1)`
}
