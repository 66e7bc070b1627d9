import { TILE_BUFFER, TILE_EXTENT, tileProperties, tileRule, type LayerDef, type PropertyDef } from '@regiopol/geodata'
import type { PendingQuery, Row } from 'postgres'
import type { Db } from '../db/queries/db.ts'
import { tileBounds, type TileCoord } from './matrix.ts'

/*
 * The SQL of one vector tile. Both databases select the same source rows: the layer's
 * features that meet the tile (with its buffer), in Web Mercator, thinned per zoom and
 * capped (see geodata's tile rules). The real server encodes them with ST_AsMVTGeom +
 * ST_AsMVT. PGlite's PostGIS is built without protobuf-c, which leaves out ST_AsMVTGeom
 * too, so there `tileRows` does ST_AsMVTGeom's steps with plain PostGIS (clip, scale to
 * tile units, snap to the grid, repair, orient rings as MVT wants) and encode.ts writes
 * the protobuf. tiles.test.ts decodes both and compares them on the real server.
 */

type Fragment = PendingQuery<Row[]>

/** Metres per 256-pixel tile pixel at zoom 0. */
const PIXEL_M0 = 156543.033928041

/** Properties cast to what a tile can hold: numbers as float8, dates and lists as text. */
function propertyColumns(sql: Db, layer: LayerDef, props: PropertyDef[]): Fragment {
  const columns = props.map((p) => {
    const c = sql(p.key)
    const value =
      p.type === 'number' ? sql`t.${c}::float8` : p.type === 'integer' ? sql`t.${c}::int` : p.type === 'boolean' ? sql`t.${c}`
      : p.type === 'string[]' ? sql`array_to_string(t.${c}, ',')` : sql`t.${c}::text`
    return sql`${value} as ${c}`
  })
  const first = layer.idType === 'integer' ? sql`t.${sql(tileIdColumn)}` : sql`null::int as ${sql(tileIdColumn)}`
  return columns.reduce((acc, c) => sql`${acc}, ${c}`, first)
}

/** Integer ids become the MVT feature id; string ids (AGS, grid cells) are properties anyway. */
const tileIdColumn = '__fid'

function sourceRows(sql: Db, layer: LayerDef, tile: TileCoord): Fragment {
  const { z, x, y } = tile
  const rule = tileRule(layer)
  // Sizes in degrees of longitude on the stored geometry's box, before any transform: a
  // pixel is 360° / (256 · 2^z) wide, and Mercator stretches latitude by 1 / cos(latitude).
  const minSize = z < rule.thinBelowZoom ? (rule.minSizePx * 360) / (256 * 2 ** z) : 0
  const [, south, , north] = tileBounds(tile)
  const stretch = 1 / Math.cos((((south + north) / 2) * Math.PI) / 180)
  const size = sql`greatest(ST_XMax(t.geom) - ST_XMin(t.geom), (ST_YMax(t.geom) - ST_YMin(t.geom)) * ${stretch}::float8)`
  // Half a tile unit: what snapping to the tile grid would lose anyway, at a third of the cost.
  const tolerance = (PIXEL_M0 * 256) / TILE_EXTENT / 2 ** z / 2
  const fid = layer.idType === 'integer' ? sql`t.${sql(layer.idColumn)}::int` : sql`null::int`
  return sql`
    bounds as (
      select ST_TileEnvelope(${z}, ${x}, ${y}) as env,
             ST_TileEnvelope(${z}, ${x}, ${y}, margin => ${TILE_BUFFER / TILE_EXTENT}::float8) as benv
    ), picked as (
      select t.*, ${fid} as ${sql(tileIdColumn)}
      from ${sql(layer.relation)} t, bounds b
      where t.geom && ST_Transform(b.benv, 4326) and ${size} >= ${minSize}
      order by ${size} desc, t.${sql(layer.idColumn)}
      limit ${rule.maxFeatures}
    ), src as (
      select p.*, ST_Simplify(ST_Transform(p.geom, 3857), ${tolerance}::float8, true) as g from picked p
    )`
}

/** The tile as ST_AsMVT writes it (real server only); empty bytes when nothing meets it. */
export async function mvtTile(sql: Db, layer: LayerDef, tile: TileCoord): Promise<Uint8Array> {
  const props = tileProperties(layer)
  const [row] = await sql<{ mvt: Uint8Array }[]>`
    with ${sourceRows(sql, layer, tile)}
    select coalesce(ST_AsMVT(q, ${layer.sourceLayer}, ${TILE_EXTENT}, 'geom', ${layer.idType === 'integer' ? tileIdColumn : null}), '') as mvt
    from (
      select ${propertyColumns(sql, layer, props)}, ST_AsMVTGeom(t.g, b.env, ${TILE_EXTENT}, ${TILE_BUFFER}, true) as geom
      from src t, bounds b
    ) q
    where geom is not null`
  return row!.mvt
}

export interface TileRow {
  __fid: number | null
  /** GeoJSON of the geometry in tile units (y down), as ST_AsMVTGeom would return it. */
  geometry: string
  [key: string]: unknown
}

/** The tile's features in tile units, computed with PostGIS functions both databases have. */
export async function tileRows(sql: Db, layer: LayerDef, tile: TileCoord): Promise<TileRow[]> {
  const props = tileProperties(layer)
  return sql<TileRow[]>`
    with ${sourceRows(sql, layer, tile)}
    select ${sql([tileIdColumn, ...props.map((p) => p.key)])}, ST_AsGeoJSON(geom, 0) as geometry from (
      select ${propertyColumns(sql, layer, props)}, ${portableMvtGeom(sql)} as geom
      from src t, bounds b
    ) q
    where geom is not null and not ST_IsEmpty(geom)`
}

/** ST_AsMVTGeom(g, env, extent, buffer, clip) spelt out: the steps of PostGIS's mvt_geom(). */
function portableMvtGeom(sql: Db): Fragment {
  const sx = sql`${TILE_EXTENT}::float8 / (ST_XMax(b.env) - ST_XMin(b.env))`
  const sy = sql`${TILE_EXTENT}::float8 / (ST_YMax(b.env) - ST_YMin(b.env))`
  // As mvt_geom() does it: scale to tile units, snap to the grid, clip to the buffered tile, repair.
  const units = sql`ST_SnapToGrid(ST_Affine(t.g, ${sx}, 0, 0, -${sy}, -ST_XMin(b.env) * ${sx}, ST_YMax(b.env) * ${sy}), 1)`
  const scaled = sql`ST_ClipByBox2D(${units}, ST_MakeEnvelope(${-TILE_BUFFER}, ${-TILE_BUFFER}, ${TILE_EXTENT + TILE_BUFFER}, ${TILE_EXTENT + TILE_BUFFER}))`
  return sql`case ST_Dimension(t.g)
      when 2 then ST_ForcePolygonCW(ST_CollectionExtract(ST_MakeValid(ST_SnapToGrid(${scaled}, 1)), 3))
      when 1 then ST_CollectionExtract(${scaled}, 2)
      else ST_CollectionExtract(${scaled}, 1) end`
}

/** Whether this database can run ST_AsMVT (PostGIS with protobuf-c). */
export async function canAsMvt(sql: Db): Promise<boolean> {
  try {
    await sql`select ST_AsMVT(q) from (select 1 as a, ST_AsMVTGeom(ST_Point(0, 0, 3857), ST_TileEnvelope(0, 0, 0)) as geom) q`
    return true
  } catch {
    return false
  }
}
