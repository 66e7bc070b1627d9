import type { LayerDef, LayerId } from '@regiopol/geodata'
import type { PendingQuery, Row, Sql } from 'postgres'
import type { BBox, BBoxQuery } from '../../ogc/bbox.ts'
import { crs84, type Crs } from '../../ogc/crs.ts'
import type { DayRange } from '../../ogc/datetime.ts'
import type { PropertyFilter, SortKey } from '../../ogc/params.ts'

/*
 * Reading features of any catalogue layer. Identifiers (relation, columns) come only
 * from the layer catalogue and go through sql(name); values are always parameters.
 * GeoJSON is assembled in PostgreSQL: RFC 7946 wants counter-clockwise exterior rings
 * (ST_ForcePolygonCCW); coordinates are cut to 7 decimals in degrees, 2 in metres (1 cm).
 * Other CRSs come from ST_Transform; a CRS with latitude/northing first is flipped.
 */

export type Fragment = PendingQuery<Row[]>

export interface FeatureSelection {
  /** A query's boxes, or one lon/lat box (the benchmark's direct calls). */
  bbox?: BBoxQuery | BBox | undefined
  filters: PropertyFilter[]
  days?: DayRange | undefined
  /** A compiled CQL2 `filter`. */
  where?: ((sql: Sql) => Fragment) | undefined
}

export interface FeatureOutput {
  crs: Crs
  /** Only these properties; undefined: all the caller may read. */
  properties?: string[] | undefined
  skipGeometry?: boolean
  sortby?: SortKey[]
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

/** A box in any offered CRS as a lon/lat polygon; its edges are densified so the transformed outline stays close. */
export function envelope(sql: Sql, box: BBox, srid: number): Fragment {
  const made = sql`ST_MakeEnvelope(${box[0]}, ${box[1]}, ${box[2]}, ${box[3]}, ${srid}::int)`
  if (srid === 4326) return made
  return sql`ST_Transform(ST_Segmentize(${made}, ${Math.max(box[2] - box[0], box[3] - box[1]) / 64 || 1}), 4326)`
}

/** Features whose day (or interval of days) meets the range; timeless layers ignore it. */
function daysFragment(sql: Sql, layer: LayerDef, { from, to }: DayRange): Fragment | undefined {
  if (!layer.temporal) return undefined
  const start = sql(layer.temporal.start)
  const end = layer.temporal.end ? sql(layer.temporal.end) : undefined
  const conditions: Fragment[] = [sql`${start} is not null`]
  if (to) conditions.push(sql`${start} <= ${to}::date`)
  if (from) conditions.push(end ? sql`coalesce(${end}, 'infinity'::date) >= ${from}::date` : sql`${start} >= ${from}::date`)
  return conditions.reduce((acc, c) => sql`${acc} and ${c}`)
}

export function whereClause(sql: Sql, layer: LayerDef, { bbox: box, filters, days, where }: FeatureSelection): Fragment {
  const conditions: Fragment[] = filters.map((f) => filterFragment(sql, f))
  const bbox = Array.isArray(box) ? { boxes: [box], crs: crs84 } : box
  if (bbox) {
    const boxes = bbox.boxes.map((b) => {
      const e = envelope(sql, b, bbox.crs.srid)
      return sql`(geom && ${e} and ST_Intersects(geom, ${e}))`
    })
    conditions.push(boxes.reduce((acc, c) => sql`${acc} or ${c}`))
  }
  const temporal = days && daysFragment(sql, layer, days)
  if (temporal) conditions.push(temporal)
  if (where) conditions.push(where(sql))
  return conditions.reduce((acc, c) => sql`${acc} and (${c})`, sql`true`)
}

/** The geometry in the output CRS, as GeoJSON. */
function geometryJson(sql: Sql, crs: Crs): Fragment {
  const ccw = sql`ST_ForcePolygonCCW(t.geom)`
  const projected = crs.srid === 4326 ? ccw : sql`ST_Transform(${ccw}, ${crs.srid}::int)`
  const axes = crs.northFirst ? sql`ST_FlipCoordinates(${projected})` : projected
  return sql`ST_AsGeoJSON(${axes}, ${crs.geographic ? 7 : 2})::json`
}

function featureJson(sql: Sql, layer: LayerDef, output: FeatureOutput): Fragment {
  return sql`json_build_object(
    'type', 'Feature',
    'id', t.${sql(layer.idColumn)},
    'geometry', ${output.skipGeometry ? sql`null::json` : geometryJson(sql, output.crs)},
    'properties', to_json(p))`
}

/** The catalogue's properties in catalogue order (or those asked for); `restricted` ones only for signed-in clients. */
function propertiesLateral(sql: Sql, layer: LayerDef, restricted: boolean, only?: string[]): Fragment {
  const keys = layer.properties.filter((p) => (restricted || !p.restricted) && (!only || only.includes(p.key))).map((p) => p.key)
  if (keys.length === 0) return sql`lateral (select) p`
  return sql`lateral (select ${sql(keys.map((k) => `t.${k}`))}) p`
}

function orderBy(sql: Sql, layer: LayerDef, sortby: SortKey[] = [], alias?: string): Fragment {
  const col = (key: string) => (alias ? sql`${sql(alias)}.${sql(key)}` : sql(key))
  const keys = [...sortby.filter((s) => s.key !== layer.idColumn), ...(sortby.some((s) => s.key === layer.idColumn) ? sortby.filter((s) => s.key === layer.idColumn) : [{ key: layer.idColumn, descending: false }])]
  return keys.map((s) => (s.descending ? sql`${col(s.key)} desc nulls last` : sql`${col(s.key)} asc nulls last`)).reduce((acc, c) => sql`${acc}, ${c}`)
}

export interface FeaturePage {
  /** The layer's data version (for the ETag), read in the same statement. */
  version: string
  numberMatched: number
  numberReturned: number
  /** More features follow this page. */
  more: boolean
  /** The id of the page's last feature (keyset paging in id order). */
  lastId: string | number | null
  /** The features as a JSON array text: it goes to the client as is, never parsed here. */
  features: string
}

/**
 * One page of features, their total count and the layer version, in one round trip.
 * The count and the page are two scans of the same condition, not one CTE read twice:
 * PostgreSQL would materialise such a CTE (the whole match set, on disk when large). The
 * page reads one row more than it returns, to know whether a next page exists; in id order
 * the next page starts after the last id (keyset: an index range, however deep).
 */
export async function readFeaturePage(
  sql: Sql,
  layer: LayerDef,
  selection: FeatureSelection,
  page: { limit: number; offset: number; after?: string | number | undefined },
  restricted = false,
  output: FeatureOutput = { crs: crs84 },
): Promise<FeaturePage> {
  const relation = sql(layer.relation)
  const id = sql(layer.idColumn)
  const after = page.after === undefined ? sql`` : sql`and ${id} > ${page.after}`
  // row_number counts from the first match, so this page's rows are offset+1 … offset+limit.
  const last = page.offset + page.limit
  const [row] = await sql<{ version: string; matched: number; features: string; returned: number; more: boolean; last_id: string | number | null }[]>`
    select
      coalesce((select version::text from layer_versions where layer = ${layer.versionLayer ?? layer.id}), '0') as version,
      (select count(*)::int from ${relation} where ${whereClause(sql, layer, selection)}) as matched,
      coalesce(json_agg(${featureJson(sql, layer, output)} order by t.n) filter (where t.n <= ${last}), '[]')::text as features,
      count(*) filter (where t.n <= ${last})::int as returned,
      coalesce(bool_or(t.n > ${last}), false) as more,
      (array_agg(t.${id} order by t.n desc) filter (where t.n <= ${last}))[1] as last_id
    from (select *, row_number() over (order by ${orderBy(sql, layer, output.sortby)}) as n
          from ${relation} where ${whereClause(sql, layer, selection)} ${after}
          order by ${orderBy(sql, layer, output.sortby)} limit ${page.limit + 1} offset ${page.offset}) t
         left join ${propertiesLateral(sql, layer, restricted, output.properties)} on true`
  return { version: row!.version, numberMatched: row!.matched, features: row!.features, numberReturned: row!.returned, more: row!.more, lastId: row!.last_id }
}

/** One feature as JSON text, or undefined when there is no such id. */
export async function getFeature(sql: Sql, layer: LayerDef, id: string | number, restricted = false, output: FeatureOutput = { crs: crs84 }): Promise<string | undefined> {
  const [row] = await sql<{ feature: string }[]>`
    select ${featureJson(sql, layer, output)}::text as feature
    from (select * from ${sql(layer.relation)} where ${sql(layer.idColumn)} = ${id}) t, ${propertiesLateral(sql, layer, restricted, output.properties)}`
  return row?.feature
}

export interface LayerExtent {
  bbox: BBox | null
  /** First and last day of the temporal properties (null: open or none). */
  interval: [string | null, string | null] | null
}

/** The layer's bounding box in lon/lat (null when empty) and its temporal extent. */
export async function layerExtent(sql: Sql, layer: LayerDef): Promise<LayerExtent> {
  const t = layer.temporal
  const [row] = await sql<{ minx: number | null; miny: number; maxx: number; maxy: number; t0: string | null; t1: string | null }[]>`
    select ST_XMin(e) as minx, ST_YMin(e) as miny, ST_XMax(e) as maxx, ST_YMax(e) as maxy, t0, t1
    from (select ST_Extent(geom) as e,
                 ${t ? sql`min(${sql(t.start)})::text` : sql`null::text`} as t0,
                 ${t ? sql`max(${sql(t.end ?? t.start)})::text` : sql`null::text`} as t1
          from ${sql(layer.relation)}) x`
  const bbox: BBox | null = !row || row.minx === null ? null : [row.minx, row.miny, row.maxx, row.maxy]
  return { bbox, interval: t ? [row?.t0 ?? null, row?.t1 ?? null] : null }
}

/** The data version of each layer; it changes with every write (see migration 0002). */
export async function layerVersions(sql: Sql): Promise<Map<LayerId, string>> {
  const rows = await sql<{ layer: LayerId; version: string }[]>`select layer, version::text as version from layer_versions`
  return new Map(rows.map((r) => [r.layer, r.version]))
}
