import type { PolygonGeometry, SiteValues } from '@regiopol/geodata'
import type { Db } from '../../db/queries/db.ts'

/* SQL of the development-land register: one site locked, inserted, changed, deleted, read. */

export interface SiteRow extends Record<string, unknown> {
  id: number
  name: string
  municipality_ags: string
  version: number
  source: string | null
  source_key: string | null
}

export async function lockSite(tx: Db, id: number): Promise<SiteRow | undefined> {
  const [row] = await tx<SiteRow[]>`select d.*, ST_AsGeoJSON(d.geom, 7)::json as geometry from development_land d where id = ${id} for update`
  if (row) delete row['geom']
  return row
}

const KEYS = ['name', 'municipality_ags', 'use', 'planning_status', 'reserve_type', 'availability', 'restrictions', 'net_area_ha',
  'planned_dwellings', 'planned_jobs', 'xplan_plan_id', 'xplan_plan_name', 'source', 'reference_date', 'description'] as const

export async function insertSite(tx: Db, values: SiteValues, geometry: PolygonGeometry, accountId: number): Promise<number> {
  const row = { restrictions: [], ...Object.fromEntries(KEYS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]])), created_by: accountId, updated_by: accountId }
  const [created] = await tx<{ id: number }[]>`
    insert into development_land (${tx(Object.keys(row))}, geom)
    select ${tx(Object.keys(row).map((k) => `r.${k}`))}, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326))
      from json_populate_record(null::development_land, ${JSON.stringify(row)}::text::json) r
    returning id`
  return created!.id
}

/** Changes the given fields (the others keep their values: json_populate_record over the row itself). */
export async function updateSite(tx: Db, id: number, values: Partial<SiteValues>, geometry: PolygonGeometry | undefined, accountId: number) {
  const changes = Object.fromEntries(KEYS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]))
  await tx`
    update development_land d set
      (name, municipality_ags, use, planning_status, reserve_type, availability, restrictions, net_area_ha, planned_dwellings,
       planned_jobs, xplan_plan_id, xplan_plan_name, source, reference_date, description) =
      (select r.name, r.municipality_ags, r.use, r.planning_status, r.reserve_type, r.availability, r.restrictions, r.net_area_ha,
              r.planned_dwellings, r.planned_jobs, r.xplan_plan_id, r.xplan_plan_name, r.source, r.reference_date, r.description
         from json_populate_record(d, ${JSON.stringify(changes)}::text::json) r),
      geom = coalesce(${geometry ? tx`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326))` : tx`null`}, d.geom),
      version = d.version + 1, updated_at = now(), updated_by = ${accountId}
     where d.id = ${id}`
}

export async function deleteSite(tx: Db, id: number) {
  await tx`delete from development_land where id = ${id}`
}

/** One site as the collection shows it, as a GeoJSON Feature. */
export async function siteFeature(sql: Db, id: number) {
  const [row] = await sql<{ feature: { properties: { version: number } } }[]>`
    select json_build_object('type', 'Feature', 'id', t.id, 'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(t.geom), 7)::json,
                             'properties', to_jsonb(t) - 'geom') as feature
      from development_land_public t where t.id = ${id}`
  return row?.feature
}
