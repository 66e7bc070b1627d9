import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Sql, TransactionSql } from 'postgres'
import { dataDir, sampleDir } from './paths.ts'
import { parseCsv, readGeoJson } from './read-data.ts'
import { seedSampleData } from './seed-sample.ts'

/*
 * Loads the region's real open data (geodata/data) and the invented sample records
 * (geodata/seed/sample). Idempotent: every row has a natural or stable key and
 * existing rows are left alone, so a second run changes nothing and never
 * overwrites what users have edited.
 */

const features = (fc: unknown) => JSON.stringify(fc)

async function seedAdministrative(sql: TransactionSql) {
  const region = await readGeoJson(dataDir, 'region_outline.geojson')
  await sql`insert into region (id, name, population, geom)
    select 1, f->'properties'->>'name', (f->'properties'->>'population')::int,
           ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326))
    from jsonb_array_elements(${features(region)}::text::jsonb->'features') f
    on conflict (id) do nothing`
  const districts = await readGeoJson(dataDir, 'districts.geojson')
  await sql`insert into districts (district_key, name, regierungsbezirk, municipalities_total,
      municipalities_in_region, population, area_km2, geom)
    select p->>'district_key', p->>'name', p->>'regierungsbezirk', (p->>'municipalities_total')::int,
           (p->>'municipalities_in_region')::int, (p->>'population')::int, (p->>'area_km2')::numeric,
           ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326))
    from jsonb_array_elements(${features(districts)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
    on conflict (district_key) do nothing`
  const municipalities = await readGeoJson(dataDir, 'municipalities.geojson')
  await sql`insert into municipalities (ags, name, district_key, district, regierungsbezirk, population,
      population_source, area_km2, density_per_km2, geom)
    select p->>'ags', p->>'name', p->>'district_key', p->>'district', p->>'regierungsbezirk',
           (p->>'population')::int, p->>'population_source', (p->>'area_km2')::numeric,
           (p->>'density_per_km2')::numeric, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326))
    from jsonb_array_elements(${features(municipalities)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
    on conflict (ags) do nothing`
}

async function seedTransport(sql: TransactionSql) {
  const stops = await readGeoJson(dataDir, 'rail_stops.geojson')
  const products = parseCsv(await readFile(join(dataDir, 'rail_stops_ris_products.csv'), 'utf8'))
  const byEva = new Map(products.map((r) => [r.eva, r]))
  for (const f of stops.features) {
    const extra = byEva.get(String(f.properties.eva))
    f.properties.ifopt_id = extra?.ifopt_id || null
    f.properties.rail_products = extra?.rail_products ? extra.rail_products.split(';') : []
  }
  await sql`insert into rail_stops (eva, name, ds100, ifopt_id, category, rail_products, step_free_access,
      has_parking, has_bicycle_parking, municipality_ags, municipality, in_region, geom)
    select p->>'eva', p->>'name', p->>'ds100', p->>'ifopt_id', (p->>'category')::smallint,
           array(select jsonb_array_elements_text(p->'rail_products')), p->>'step_free_access',
           (p->>'has_parking')::boolean, (p->>'has_bicycle_parking')::boolean, p->>'municipality_ags',
           p->>'municipality', (p->>'in_region')::boolean, ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
    from jsonb_array_elements(${features(stops)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
    on conflict (eva) do nothing`
  const lines = await readGeoJson(dataDir, 'rail_lines.geojson')
  await sql`insert into rail_lines (line_number, line_name, from_op_id, from_op_name, to_op_id, to_op_name,
      from_km, to_km, length_km, max_speed_kmh, geom)
    select (p->>'line_number')::int, p->>'line_name', p->>'from_op_id', p->>'from_op_name', p->>'to_op_id',
           p->>'to_op_name', (p->>'from_km')::numeric, (p->>'to_km')::numeric, (p->>'length_km')::numeric,
           (p->>'max_speed_kmh')::int, ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
    from jsonb_array_elements(${features(lines)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
    on conflict (line_number, from_op_id, to_op_id, from_km) do nothing`
}

async function seedPopulationAndHealth(sql: TransactionSql) {
  const grid = await readGeoJson(dataDir, 'population_grid_1km_zensus2011.geojson')
  await sql`insert into population_grid (grid_id, population, mean_age, share_under18_pct, share_65plus_pct,
      municipality_ags, municipality, in_region, geom)
    select p->>'grid_id', (p->>'population_2011')::int, (p->>'mean_age_2011')::numeric,
           (p->>'share_under18_pct_2011')::numeric, (p->>'share_65plus_pct_2011')::numeric,
           p->>'municipality_ags', p->>'municipality', (p->>'in_region')::boolean,
           ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
    from jsonb_array_elements(${features(grid)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
    on conflict (grid_id) do nothing`
  const facilities = await readGeoJson(dataDir, 'health_facilities.geojson')
  // The register lists psychiatric day clinics among hospital sites; the name tells them apart.
  await sql`insert into health_facilities (source_id, name, type, care_type, hospital_name, site_name, standort_id, ik,
      street, postcode, city, beds, municipality_ags, municipality, in_region, ref_date, geom)
    select p->>'gisco_id', p->>'name',
           case when p->>'name' ilike '%tagesklinik%' then 'tagesklinik' else 'krankenhaus' end,
           p->>'care_type', p->>'hospital_name', p->>'site_name', p->>'standort_id', p->>'ik',
           concat_ws(' ', p->>'street', p->>'house_number'), p->>'postcode', p->>'city', (p->>'beds')::int,
           p->>'municipality_ags', p->>'municipality', (p->>'in_region')::boolean, (p->>'ref_date')::date,
           ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
    from jsonb_array_elements(${features(facilities)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
    on conflict (source_id) do nothing`
  // Rows seeded before care_type existed get it once; a value already set is left alone.
  await sql`update health_facilities h set care_type = f->'properties'->>'care_type'
    from jsonb_array_elements(${features(facilities)}::text::jsonb->'features') f
    where h.source_id = f->'properties'->>'gisco_id' and h.care_type is null`
}

export async function seedRealData(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await seedAdministrative(tx)
    await seedTransport(tx)
    await seedPopulationAndHealth(tx)
  })
}

/** Real data first (sample records reference municipalities), then the sample records. */
export async function seed(sql: Sql): Promise<void> {
  await seedRealData(sql)
  await seedSampleData(sql)
}

/** A hash over every seed file, so that a start can tell whether the seed changed. */
export async function seedHash(): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of [dataDir, sampleDir]) {
    for (const file of (await readdir(dir)).sort()) {
      if (file.endsWith('.geojson') || file.endsWith('.json') || file.endsWith('.csv')) {
        hash.update(file).update(await readFile(join(dir, file)))
      }
    }
  }
  return hash.digest('hex')
}

/** Seeds unless this exact seed was loaded before; returns whether it ran. */
export async function seedIfChanged(sql: Sql): Promise<boolean> {
  const hash = await seedHash()
  const [known] = await sql`select 1 from seed_runs where hash = ${hash}`
  if (known) return false
  await seed(sql)
  await sql`insert into seed_runs (hash) values (${hash}) on conflict do nothing`
  return true
}
