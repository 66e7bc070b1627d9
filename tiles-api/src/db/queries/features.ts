import type { LayerDef, LayerId } from '@regiopol/geodata'
import type { PendingQuery, Row, Sql } from 'postgres'
import type { BBox, PropertyFilter } from '../../ogc/params.ts'

/*
 * Reading features of any catalogue layer. Identifiers (relation, columns) come only
 * from the layer catalogue and go through sql(name); values are always parameters.
 * GeoJSON is assembled in PostgreSQL: RFC 7946 wants counter-clockwise exterior rings
 * (ST_ForcePolygonCCW) and we cut coordinates to 7 decimals (about 1 cm).
 */

type Fragment = PendingQuery<Row[]>

export interface FeatureSelection {
  bbox?: BBox | undefined
  filters: PropertyFilter[]
}

function filterFragment(sql: Sql, { property, values }: PropertyFilter): Fragment {
  const column = sql(property.key)
  switch (property.type) {
    case 'string[]':
      return sql`${column} && ${values.map(String)}::text[]`
    case 'integer':
    case 'number':
      return sql`${column} = any(${values.map(Number)}::numeric[])`
    case 'boolean':
      return sql`${column} = any(${values.map(String)}::text[]::boolean[])`
    case 'date':
      return sql`${column} = any(${values.map(String)}::date[])`
    default:
      return sql`${column} = any(${values.map(String)}::text[])`
  }
}

export function whereClause(sql: Sql, { bbox, filters }: FeatureSelection): Fragment {
  const conditions: Fragment[] = filters.map((f) => filterFragment(sql, f))
  if (bbox) {
    const envelope = sql`ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)`
    conditions.push(sql`geom && ${envelope} and ST_Intersects(geom, ${envelope})`)
  }
  return conditions.reduce((acc, c) => sql`${acc} and ${c}`, sql`true`)
}

function featureJson(sql: Sql, layer: LayerDef): Fragment {
  return sql`json_build_object(
    'type', 'Feature',
    'id', t.${sql(layer.idColumn)},
    'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(t.geom), 7)::json,
    'properties', to_json(p))`
}

/** The catalogue's properties in catalogue order; `restricted` ones only for signed-in clients. */
function propertiesLateral(sql: Sql, layer: LayerDef, restricted: boolean): Fragment {
  const keys = layer.properties.filter((p) => restricted || !p.restricted).map((p) => p.key)
  return sql`lateral (select ${sql(keys.map((k) => `t.${k}`))}) p`
}

export interface FeaturePage {
  /** The layer's data version (for the ETag), read in the same statement. */
  version: string
  numberMatched: number
  /** The features as a JSON array text: it goes to the client as is, never parsed here. */
  features: string
}

/** One page of features, their total count and the layer version, in one round trip. */
export async function readFeaturePage(sql: Sql, layer: LayerDef, selection: FeatureSelection, page: { limit: number; offset: number }, restricted = false): Promise<FeaturePage> {
  const [row] = await sql<{ version: string; matched: number; features: string }[]>`
    with matched as (
      select * from ${sql(layer.relation)} where ${whereClause(sql, selection)}
    ), t as (
      select * from matched order by ${sql(layer.idColumn)} limit ${page.limit} offset ${page.offset}
    )
    select
      coalesce((select version::text from layer_versions where layer = ${layer.id}), '0') as version,
      (select count(*)::int from matched) as matched,
      (select coalesce(json_agg(${featureJson(sql, layer)} order by t.${sql(layer.idColumn)}), '[]')::text
         from t, ${propertiesLateral(sql, layer, restricted)}) as features`
  return { version: row!.version, numberMatched: row!.matched, features: row!.features }
}

/** One feature as JSON text, or undefined when there is no such id. */
export async function getFeature(sql: Sql, layer: LayerDef, id: string | number, restricted = false): Promise<string | undefined> {
  const [row] = await sql<{ feature: string }[]>`
    select ${featureJson(sql, layer)}::text as feature
    from (select * from ${sql(layer.relation)} where ${sql(layer.idColumn)} = ${id}) t, ${propertiesLateral(sql, layer, restricted)}`
  return row?.feature
}

/** The layer's bounding box in lon/lat, or null when it is empty. */
export async function layerExtent(sql: Sql, layer: LayerDef): Promise<BBox | null> {
  const [row] = await sql<{ minx: number | null; miny: number; maxx: number; maxy: number }[]>`
    select ST_XMin(e) as minx, ST_YMin(e) as miny, ST_XMax(e) as maxx, ST_YMax(e) as maxy
    from (select ST_Extent(geom) as e from ${sql(layer.relation)}) x`
  if (!row || row.minx === null) return null
  return [row.minx, row.miny, row.maxx, row.maxy]
}

/** The data version of each layer; it changes with every write (see migration 0002). */
export async function layerVersions(sql: Sql): Promise<Map<LayerId, string>> {
  const rows = await sql<{ layer: LayerId; version: string }[]>`select layer, version::text as version from layer_versions`
  return new Map(rows.map((r) => [r.layer, r.version]))
}
