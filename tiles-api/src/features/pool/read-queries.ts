import type { HistoryEntry, InterventionPlace, Offer } from '@regiopol/geodata'
import type { Sql } from 'postgres'

/* Reading the pool beyond OGC API - Features: offers for an intervention, history, exports. */

/** The municipality and district at a point (none outside the region). */
export async function placeAt(sql: Sql, lon: number, lat: number): Promise<InterventionPlace> {
  const [row] = await sql<InterventionPlace[]>`
    select ags as municipality_ags, name as municipality, district_key, district from municipalities
    where ST_Intersects(geom, ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)) limit 1`
  return row ?? { municipality_ags: null, municipality: null, district_key: null, district: null }
}

/** Available areas with at least `points` left, nearest first (distance in EPSG:25832). */
export function offers(sql: Sql, lon: number, lat: number, points: number, limit: number, place: InterventionPlace) {
  return sql<Offer[]>`
    with p as (select ST_Transform(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326), 25832) as g)
    select a.id, a.name, a.municipality_ags, a.municipality, m.district, a.measure_type, a.status,
           a.eco_points_total, a.eco_points_available, a.area_ha::float8 as area_ha,
           round(ST_Distance(ST_Transform(a.geom, 25832), p.g))::int as distance_m,
           a.municipality_ags = ${place.municipality_ags ?? ''} as same_municipality,
           m.district_key = ${place.district_key ?? ''} as same_district
    from compensation_areas_public a join municipalities m on m.ags = a.municipality_ags, p
    where a.status = 'verfuegbar' and a.eco_points_available >= ${points}
    order by distance_m, a.id
    limit ${limit}`
}

/** The whole pool with every field and its balance, as a GeoJSON FeatureCollection text. */
export async function exportAreasGeoJson(sql: Sql): Promise<string> {
  const [row] = await sql<{ fc: string }[]>`
    select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature', 'id', a.id,
      'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(a.geom), 7)::json,
      'properties', to_jsonb(a) - 'geom' || jsonb_build_object('bookings', coalesce((
        select jsonb_agg(to_jsonb(b) order by b.id) from compensation_bookings b where b.area_id = a.id), '[]'::jsonb))
    ) order by a.id), '[]'))::text as fc
    from compensation_areas_public a`
  return row!.fc
}

export async function exportAreaRows(sql: Sql) {
  return sql<Record<string, unknown>[]>`
    select id, name, municipality_ags, municipality, measure_type, status, eco_points_total, eco_points_available,
           biotope_value_before, biotope_value_after, area_ha, planned_date::text, implemented_date::text,
           land_owner_type, authority_file_number, description, array_to_string(document_links, ' ') as document_links,
           version, sample, round(ST_X(ST_PointOnSurface(geom))::numeric, 6) as lon,
           round(ST_Y(ST_PointOnSurface(geom))::numeric, 6) as lat
    from compensation_areas_public order by id`
}

/** Every audit row of an area and its ledger, oldest first. */
export function areaHistory(sql: Sql, areaId: number) {
  return sql<HistoryEntry[]>`select id::text, at, account_email, action, entity, entity_id, reason, before, after
    from audit_log where area_id = ${areaId} order by id`
}
