import type { Db } from '../../db/queries/db.ts'
import { BOUNDARY_TOLERANCE_M, OVERLAP_TOLERANCE_M2, type PolygonGeometry } from '@regiopol/geodata'
import type { Sql } from 'postgres'

/*
 * SQL of the compensation-pool write path. Geometry arrives as checked GeoJSON text and
 * is stored as a MultiPolygon in EPSG:4326; every measure (area, distance, tolerance) is
 * taken in EPSG:25832.
 */

/** Serialises the writes that change pool geometry, so two overlapping areas cannot both pass the overlap check. */
const POOL_GEOMETRY_LOCK = 4712

/** A stored area: the values a client may set plus what the server owns. */
export interface AreaRow extends AreaValues {
  id: number
  version: number
  /** Points held by bookings and unexpired active reservations (see migration 0015). */
  committed: number
  reserved: number
}

/** The area row, locked until the end of the transaction (ledger writes queue here). */
export async function lockArea(tx: Db, id: number): Promise<AreaRow | undefined> {
  const [row] = await tx<AreaRow[]>`
    select id, name, municipality_ags, measure_type, status, eco_points_total,
           biotope_value_before::float8 as biotope_value_before, biotope_value_after::float8 as biotope_value_after,
           planned_date::text, implemented_date::text, land_owner_type, authority_file_number, description,
           document_links, version
    from compensation_areas where id = ${id} for update`
  if (!row) return undefined
  const [sums] = await tx<{ committed: number; reserved: number }[]>`
    select coalesce(sum(points), 0)::int as committed,
           coalesce(sum(points) filter (where kind = 'reservierung'), 0)::int as reserved
    from compensation_bookings where area_id = ${id} and booking_holds_points(kind, status, valid_until)`
  return { ...row, committed: sums!.committed, reserved: sums!.reserved }
}

/** The whole row as JSON (geometry as GeoJSON) for the audit trail. */
export async function areaSnapshot(tx: Db, id: number): Promise<unknown> {
  const [row] = await tx<{ j: unknown }[]>`
    select to_jsonb(a) - 'geom' || jsonb_build_object('geometry', ST_AsGeoJSON(a.geom, 7)::jsonb) as j
    from compensation_areas a where id = ${id}`
  return row?.j
}

export async function lockPoolGeometry(tx: Db) {
  await tx`select pg_advisory_xact_lock(${POOL_GEOMETRY_LOCK})`
}

export interface ValidityCheck {
  valid: boolean
  reason: string
  location: [number, number] | null
}

export async function checkValidity(tx: Db, geojson: string): Promise<ValidityCheck> {
  const [row] = await tx<{ valid: boolean; reason: string; x: number | null; y: number | null }[]>`
    select (d).valid, (d).reason, ST_X((d).location) as x, ST_Y((d).location) as y
    from (select ST_IsValidDetail(ST_SetSRID(ST_GeomFromGeoJSON(${geojson}::text), 4326)) as d) v`
  return { valid: row!.valid, reason: row!.reason ?? '', location: row!.x === null ? null : [row!.x, row!.y!] }
}

export interface PlacementCheck {
  area_m2: number
  municipality_exists: boolean
  in_municipality: boolean
  touches_region: boolean
  /** Where most of the area lies. */
  main_ags: string | null
  main_name: string | null
  stated_name: string | null
}

/** Where the geometry lies relative to the region and the stated municipality (with the boundary tolerance). */
export async function checkPlacement(tx: Db, geojson: string, ags: string): Promise<PlacementCheck> {
  const [row] = await tx<PlacementCheck[]>`
    with g as (select ST_SetSRID(ST_GeomFromGeoJSON(${geojson}::text), 4326) as g4),
    t as (select g4, ST_Transform(g4, 25832) as g from g)
    select ST_Area(t.g)::float8 as area_m2,
      exists (select 1 from municipalities where ags = ${ags}) as municipality_exists,
      coalesce((select ST_Covers(ST_Buffer(ST_Transform(m.geom, 25832), ${BOUNDARY_TOLERANCE_M}), t.g)
                from municipalities m where m.ags = ${ags}), false) as in_municipality,
      (select ST_Intersects(r.geom, t.g4) from region r) as touches_region,
      m.ags as main_ags, m.name as main_name,
      (select name from municipalities where ags = ${ags}) as stated_name
    from t left join lateral (
      select ags, name from municipalities m
      where m.geom && t.g4 and ST_Intersects(m.geom, t.g4)
      order by ST_Area(ST_Intersection(m.geom, t.g4)) desc limit 1) m on true`
  return row!
}

export interface OverlapCheck {
  id: number
  name: string
  municipality: string
  overlap_m2: number
}

/** The active pool area overlapping most, if by more than the tolerance. */
export async function largestOverlap(tx: Db, geojson: string, excludeId: number | null): Promise<OverlapCheck | undefined> {
  const [row] = await tx<OverlapCheck[]>`
    with g as (select ST_SetSRID(ST_GeomFromGeoJSON(${geojson}::text), 4326) as g4)
    select a.id, a.name, m.name as municipality,
           ST_Area(ST_Intersection(ST_Transform(a.geom, 25832), ST_Transform(g.g4, 25832)))::float8 as overlap_m2
    from g, compensation_areas a join municipalities m on m.ags = a.municipality_ags
    where a.status <> 'stillgelegt' and a.id <> ${excludeId ?? -1}
      and a.geom && g.g4 and ST_Intersects(a.geom, g.g4)
    order by overlap_m2 desc limit 1`
  return row && row.overlap_m2 > OVERLAP_TOLERANCE_M2 ? row : undefined
}

export interface AreaValues {
  name: string
  municipality_ags: string
  measure_type: string
  status: string
  eco_points_total: number
  biotope_value_before: number | null
  biotope_value_after: number | null
  planned_date: string | null
  implemented_date: string | null
  land_owner_type: string | null
  authority_file_number: string | null
  description: string | null
  document_links: string[]
}

export async function insertArea(tx: Db, v: AreaValues, geojson: string, accountId: number): Promise<{ id: number; version: number }> {
  const [row] = await tx<{ id: number; version: number }[]>`
    insert into compensation_areas (name, municipality_ags, measure_type, status, eco_points_total,
      biotope_value_before, biotope_value_after, planned_date, implemented_date, land_owner_type,
      authority_file_number, description, document_links, sample, created_by, updated_by, geom)
    values (${v.name}, ${v.municipality_ags}, ${v.measure_type}, ${v.status}, ${v.eco_points_total},
      ${v.biotope_value_before}, ${v.biotope_value_after}, ${v.planned_date}, ${v.implemented_date},
      ${v.land_owner_type}, ${v.authority_file_number}, ${v.description}, ${v.document_links}::text[], false,
      ${accountId}, ${accountId}, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${geojson}::text), 4326)))
    returning id, version`
  return row!
}

/** Updates an area that the caller has locked and checked; bumps its version. */
export async function updateArea(tx: Db, id: number, v: AreaValues, geojson: string | null, accountId: number): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update compensation_areas set
      name = ${v.name}, municipality_ags = ${v.municipality_ags}, measure_type = ${v.measure_type},
      status = ${v.status}, eco_points_total = ${v.eco_points_total},
      biotope_value_before = ${v.biotope_value_before}, biotope_value_after = ${v.biotope_value_after},
      planned_date = ${v.planned_date}, implemented_date = ${v.implemented_date},
      land_owner_type = ${v.land_owner_type}, authority_file_number = ${v.authority_file_number},
      description = ${v.description}, document_links = ${v.document_links}::text[],
      geom = coalesce(ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${geojson}::text), 4326)), geom),
      version = version + 1, updated_at = now(), updated_by = ${accountId}
    where id = ${id}
    returning version`
  return row!.version
}

/** Sets the status (and bumps the version) of a locked area. */
export async function setAreaStatus(tx: Db, id: number, status: string, accountId: number): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update compensation_areas set status = ${status}, version = version + 1, updated_at = now(), updated_by = ${accountId}
    where id = ${id} returning version`
  return row!.version
}

export async function areaVersion(sql: Sql, id: number): Promise<number | undefined> {
  const [row] = await sql<{ version: number }[]>`select version from compensation_areas where id = ${id}`
  return row?.version
}

/** An area's version and municipality (who may change it), or undefined. */
export async function areaState(sql: Sql, id: number): Promise<{ version: number; municipality_ags: string } | undefined> {
  const [row] = await sql<{ version: number; municipality_ags: string }[]>`select version, municipality_ags from compensation_areas where id = ${id}`
  return row
}

export type { PolygonGeometry }
