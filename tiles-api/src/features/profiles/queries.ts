import {
  PROFILE_CATCHMENT_M, PROFILE_HOSPITAL_KM, type IndicatorId, type MunicipalityFigures, type ProfileContact, type ProfileProject,
  type ProfileStop,
} from '@regiopol/geodata'
import type { Sql } from 'postgres'

/*
 * The figures of the municipality profiles, computed from the live tables in one
 * statement for all 29 municipalities (the comparison needs every one of them).
 * Measurement in EPSG:25832. The population grid is the Zensus 2011 1 km grid: a cell
 * counts wholly for a stop when its centre lies within the radius (no partial cells).
 */

export interface FigureRow extends Omit<MunicipalityFigures, 'indicators'> {
  district_key: string
  regierungsbezirk: string
  population_source: string
  area_ha: number
  within_threshold_population: number
  mean_hospital_car_minutes: number | null
  within_30_car_minutes_population: number
  sites_inside: number
  pool_areas: number
  pool_area_ha: number
  points_total: number
  points_planned: number
  points_reserved: number
  points_booked: number
  indicators: Record<IndicatorId, number | null>
}

/** Straight-line metres that the viewer's car model covers in 30 minutes (× 1.3 detour at 50 km/h). */
const CAR_30_MIN_M = (30 / 60) * 50_000 / 1.3

export async function municipalityFigures(sql: Sql, radiusM = PROFILE_CATCHMENT_M): Promise<FigureRow[]> {
  return sql<FigureRow[]>`
    -- Plain coordinates: 2,082 cells × 52 stops and 33 general hospitals compare faster as numbers than as geometries.
    with stops as materialized (
      select g, ST_X(g) as x, ST_Y(g) as y, ST_Buffer(g, ${radiusM}, 'quad_segs=32') as buf
      from (select ST_Transform(geom, 25832) as g from rail_stops) t),
    hospitals as materialized (
      select ST_X(g) as x, ST_Y(g) as y
      from (select ST_Transform(geom, 25832) as g from health_facilities where care_type = 'general') t),
    -- Materialised so that each cell is projected once, not once per comparison.
    centres as materialized (
      select municipality_ags as ags, population, ST_X(p) as x, ST_Y(p) as y
      from (select municipality_ags, population, ST_Centroid(ST_Transform(geom, 25832)) as p
            from population_grid where in_region and municipality_ags is not null) t),
    cells as materialized (
      select c.ags, c.population,
             exists (select 1 from stops s where (s.x - c.x) ^ 2 + (s.y - c.y) ^ 2 <= ${radiusM}::float8 ^ 2) as in_catchment,
             (select sqrt(min((h.x - c.x) ^ 2 + (h.y - c.y) ^ 2)) from hospitals h) as hospital_m
      from centres c),
    people as (
      select ags, sum(population)::float8 as grid_population,
             coalesce(sum(population) filter (where in_catchment), 0)::float8 as catchment_population,
             sum(population * hospital_m) / nullif(sum(population), 0) as hospital_mean_m,
             coalesce(sum(population) filter (where hospital_m <= ${PROFILE_HOSPITAL_KM * 1000}), 0)::float8 as within_threshold,
             coalesce(sum(population) filter (where hospital_m <= ${CAR_30_MIN_M}), 0)::float8 as within_30_car
      from cells group by ags),
    land_g as materialized (select municipality_ags as ags, g, ST_Centroid(g) as centroid
                            from (select municipality_ags, ST_Transform(geom, 25832) as g from development_land) t),
    sites as (
      select x.ags, ST_Area(x.g) as area_m2,
             coalesce(ST_Area(ST_Intersection(x.g, (
               -- circles whose box misses the site cannot cut it (a box test: ST_DWithin per pair was 10x slower)
               select ST_Union(s.buf) from stops s where s.buf && x.g))), 0) as inside_m2,
             exists (select 1 from stops s where (s.x - ST_X(x.centroid)) ^ 2 + (s.y - ST_Y(x.centroid)) ^ 2 <= ${radiusM}::float8 ^ 2) as centroid_inside
      from land_g x),
    land as (
      select ags, count(*)::int as sites, (count(*) filter (where centroid_inside))::int as sites_inside,
             sum(area_m2) / 10000 as ha, sum(inside_m2) / 10000 as inside_ha
      from sites group by ags),
    areas as (
      select a.municipality_ags as ags, a.status, a.area_ha, a.eco_points_total,
             coalesce(sum(b.points) filter (where b.kind = 'reservierung'), 0) as reserved,
             coalesce(sum(b.points) filter (where b.kind = 'abbuchung'), 0) as booked
      -- Expired reservations hold no points (migration 0015), as in the pool's own balance.
      from compensation_areas a left join compensation_bookings b on b.area_id = a.id and booking_holds_points(b.kind, b.status, b.valid_until)
      where a.status <> 'stillgelegt'
      group by a.id),
    pool as (
      select ags, count(*)::int as areas, sum(area_ha)::float8 as area_ha,
             sum(eco_points_total)::float8 as total, sum(reserved)::float8 as reserved, sum(booked)::float8 as booked,
             coalesce(sum(eco_points_total) filter (where status = 'geplant'), 0)::float8 as planned,
             coalesce(sum(eco_points_total - reserved - booked) filter (where status <> 'geplant'), 0)::float8 as available
      from areas group by ags),
    projects_of as (
      select m.ags, count(p.id)::int as projects
      from municipalities m left join projects p on m.ags = any(p.municipality_ags) group by m.ags),
    stops_of as (select municipality_ags as ags, count(*)::int as rail_stops from rail_stops group by municipality_ags)
    select m.ags, m.name, m.district, m.district_key, m.regierungsbezirk, m.population, m.population_source,
           m.area_km2::float8 as area_km2, m.density_per_km2::float8 as density_per_km2, m.area_ha::float8 as area_ha,
           coalesce(so.rail_stops, 0) as rail_stops,
           coalesce(pe.grid_population, 0) as grid_population, coalesce(pe.catchment_population, 0) as catchment_population,
           coalesce(pe.within_threshold, 0) as within_threshold_population,
           coalesce(pe.within_30_car, 0) as within_30_car_minutes_population,
           pe.hospital_mean_m / 1000 as hospital_mean_distance_km,
           pe.hospital_mean_m * 1.3 / 50000 * 60 as mean_hospital_car_minutes,
           coalesce(l.sites, 0) as development_land_sites, coalesce(l.sites_inside, 0) as sites_inside,
           coalesce(l.ha, 0) as development_land_ha, coalesce(l.inside_ha, 0) as development_land_inside_ha,
           coalesce(po.areas, 0) as pool_areas, coalesce(po.area_ha, 0) as pool_area_ha,
           coalesce(po.total, 0) as points_total, coalesce(po.planned, 0) as points_planned,
           coalesce(po.reserved, 0) as points_reserved, coalesce(po.booked, 0) as points_booked,
           coalesce(po.available, 0) as eco_points_available,
           pr.projects,
           json_build_object(
             'density', m.density_per_km2::float8,
             'rail_catchment_share', pe.catchment_population / nullif(pe.grid_population, 0),
             'land_in_catchment_share', l.inside_ha / nullif(l.ha, 0),
             'eco_points_available_per_1000', coalesce(po.available, 0) / nullif(m.population, 0) * 1000,
             'hospital_mean_distance_km', pe.hospital_mean_m / 1000,
             'projects_per_10000', pr.projects::float8 / nullif(m.population, 0) * 10000
           ) as indicators
    from municipalities m
    left join people pe on pe.ags = m.ags
    left join land l on l.ags = m.ags
    left join pool po on po.ags = m.ags
    left join projects_of pr on pr.ags = m.ags
    left join stops_of so on so.ags = m.ags
    order by m.name`
}

/** The rail stops in a municipality; each with the inhabitants of all grid cells whose centre is within the radius. */
export function stopsOf(sql: Sql, ags: string, radiusM = PROFILE_CATCHMENT_M) {
  return sql<ProfileStop[]>`
    with cells as (select population, ST_Centroid(ST_Transform(geom, 25832)) as centre from population_grid)
    select s.id, s.name, s.eva, s.category, s.rail_products,
           (select coalesce(sum(c.population), 0) from cells c
            where ST_DWithin(ST_Transform(s.geom, 25832), c.centre, ${radiusM}))::int as catchment_population
    from rail_stops s where s.municipality_ags = ${ags}
    order by s.name`
}

export function projectsOf(sql: Sql, ags: string) {
  return sql<ProfileProject[]>`
    select id, title, status, action_field, sample from projects
    where ${ags} = any(municipality_ags) order by title, id`
}

export async function contactOf(sql: Sql, ags: string): Promise<ProfileContact | null> {
  const [row] = await sql<ProfileContact[]>`
    select name, role, organisation, email, phone, sample from municipality_contacts where municipality_ags = ${ags}`
  return row ?? null
}

/** Hospitals the reachability figures consider: general hospitals (care_type), also outside the region. */
export async function hospitalCount(sql: Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from health_facilities where care_type = 'general'`
  return row!.n
}
