/**
 * The PostGIS side of the analysis benchmark: the same computations in SQL, over
 * TEMP tables holding exactly the cells and sites the JS side uses. Nearest
 * neighbour with the KNN operator `<->` (GiST), distances with ST_Distance in
 * EPSG:25832, catchment shares with ST_Intersection against the union of buffers.
 * Everything is transformed to EPSG:25832 first (indexed TEMP copies): KNN on the
 * stored EPSG:4326 geometries orders by degrees, which at 52° N picks a wrong
 * "nearest" hospital for many cells (the mean distance came out 3.5 % too long).
 */
import type { Sql } from 'postgres'
import type { AnalysisGrid, SiteInput } from '@regiopol/analysis'

/** TEMP copies of hospitals and stops in EPSG:25832 with GiST indexes. */
export async function createPointTables(sql: Sql): Promise<void> {
  await sql`drop table if exists bench_hospitals, bench_stops`
  await sql`create temp table bench_hospitals as
    select id, type, care_type, ST_Transform(geom, 25832)::geometry(Point, 25832) as g from health_facilities`
  await sql`create temp table bench_stops as select id, ST_Transform(geom, 25832)::geometry(Point, 25832) as g from rail_stops`
  await sql`create index on bench_hospitals using gist (g)`
  await sql`create index on bench_stops using gist (g)`
  await sql`analyze bench_hospitals`
  await sql`analyze bench_stops`
}

export async function createCellTable(sql: Sql, grid: AnalysisGrid): Promise<void> {
  await sql`drop table if exists bench_cells`
  await sql`create temp table bench_cells (id integer primary key, g geometry(Point, 25832))`
  const ids = Array.from({ length: grid.n }, (_, i) => i)
  await sql`insert into bench_cells select id, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 25832)
    from unnest(${ids}::int[], ${Array.from(grid.lon)}::float8[], ${Array.from(grid.lat)}::float8[]) as t(id, lon, lat)`
  await sql`analyze bench_cells`
}

export async function createSiteTable(sql: Sql, name: string, sites: readonly SiteInput[]): Promise<void> {
  await sql`drop table if exists ${sql(name)}`
  await sql`create temp table ${sql(name)} (id text primary key, g geometry(MultiPolygon, 25832))`
  for (let i = 0; i < sites.length; i += 5000) {
    const chunk = sites.slice(i, i + 5000)
    await sql`insert into ${sql(name)} select id, ST_Transform(ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)), 25832)
      from unnest(${chunk.map((s) => s.id)}::text[], ${chunk.map((s) => JSON.stringify(s.geometry))}::text[]) as t(id, g)`
  }
  await sql`create index on ${sql(name)} using gist (g)`
  await sql`analyze ${sql(name)}`
}

/** Nearest active hospital per cell (KNN in EPSG:25832); returns the mean distance in m. */
export async function pgNearestHospitalPerCell(sql: Sql, excludeId: number | null = null): Promise<number> {
  const [row] = await sql<{ mean: number }[]>`
    select avg(d)::float8 as mean from (
      select ST_Distance(c.g, h.g) as d
      from bench_cells c
      cross join lateral (
        select g from bench_hospitals f
        where f.type = 'krankenhaus' and f.care_type = 'general' and (${excludeId}::int is null or f.id <> ${excludeId}::int)
        order by f.g <-> c.g limit 1
      ) h
    ) x`
  return row!.mean
}

/** Nearest stop, centroid distance, catchment share and nearest hospital per site. */
export async function pgSiteAnalysis(sql: Sql, table: string, catchmentM: number): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    with catchment as (select ST_Union(ST_Buffer(g, ${catchmentM}, 16)) as g from bench_stops),
    s as (select id, g, ST_Centroid(g) as c from ${sql(table)})
    select count(*)::int as n from (
      select s.id,
        ST_Distance(s.c, st.g) as stop_m,
        ST_Area(ST_Intersection(s.g, k.g)) / nullif(ST_Area(s.g), 0) as share,
        ST_Distance(s.c, h.g) as hospital_m
      from s cross join catchment k
      cross join lateral (select g from bench_stops order by g <-> s.c limit 1) st
      cross join lateral (select g from bench_hospitals where type = 'krankenhaus' and care_type = 'general' order by g <-> s.c limit 1) h
    ) x`
  return row!.n
}
