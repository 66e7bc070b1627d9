import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Sql, TransactionSql } from 'postgres'
import { sampleDir } from './paths.ts'
import { readGeoJson } from './read-data.ts'

/*
 * The invented sample records (see geodata/seed/sample/README.md). They keep the ids
 * of the files so that a second run finds them and inserts nothing; the identity
 * sequences are moved past them afterwards so that new records get fresh ids.
 */

const json = (value: unknown) => JSON.stringify(value)

/**
 * Moves the id sequence past the seeded ids, never backwards: an id handed out before
 * (to a record deleted since) must not come again, or the new record would inherit the
 * old one's audit rows.
 */
async function resetIdentity(sql: TransactionSql, table: string) {
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest(
    (select coalesce(max(id), 0) from ${sql(table)}),
    coalesce(pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')::regclass), 0),
    1))`
}

export async function seedSampleData(sql: Sql): Promise<void> {
  const land = await readGeoJson(sampleDir, 'development_land.geojson')
  const areas = await readGeoJson(sampleDir, 'compensation_areas.geojson')
  const bookings: unknown[] = JSON.parse(await readFile(join(sampleDir, 'compensation_bookings.json'), 'utf8'))
  const projects = await readGeoJson(sampleDir, 'projects.geojson')
  const exchange = await readGeoJson(sampleDir, 'exchange_posts.geojson')
  const contacts: unknown[] = JSON.parse(await readFile(join(sampleDir, 'municipality_contacts.json'), 'utf8'))
  await sql.begin(async (tx) => {
    await tx`insert into development_land (id, name, municipality_ags, use, planning_status, description, sample, geom)
      select (p->>'id')::int, p->>'name', p->>'municipality_ags', p->>'use', p->>'planning_status',
             p->>'description', true, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326))
      from jsonb_array_elements(${json(land)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
      on conflict (id) do nothing`
    await tx`select fill_sample_development_attributes()`
    await tx`insert into compensation_areas (id, name, municipality_ags, measure_type, status, eco_points_total,
        biotope_value_before, biotope_value_after, planned_date, implemented_date, land_owner_type,
        authority_file_number, description, sample, geom)
      select (p->>'id')::int, p->>'name', p->>'municipality_ags', p->>'measure_type', p->>'status',
             (p->>'eco_points_total')::int, (p->>'biotope_value_before')::numeric,
             (p->>'biotope_value_after')::numeric, (p->>'planned_date')::date, (p->>'implemented_date')::date,
             p->>'land_owner_type', p->>'authority_file_number', p->>'description', true,
             ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326))
      from jsonb_array_elements(${json(areas)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
      on conflict (id) do nothing`
    await tx`insert into compensation_bookings (id, area_id, kind, status, intervention_name, reference,
        municipality_ags, points, valid_until, reason, sample)
      select (b->>'id')::int, (b->>'area_id')::int, b->>'kind', b->>'status', b->>'intervention_name',
             b->>'reference', b->>'municipality_ags', (b->>'points')::int, (b->>'valid_until')::date,
             b->>'reason', true
      from jsonb_array_elements(${json(bookings)}::text::jsonb) b
      on conflict (id) do nothing`
    await tx`insert into projects (id, title, summary, description, action_field, status, municipality_ags,
        start_date, end_date, contact_name, contact_role, contact_email, contact_phone, contact_consent,
        problems, lessons_learned, funding_programme, links, tags, sample, geom)
      select (p->>'id')::int, p->>'title', p->>'summary', p->>'description', p->>'action_field', p->>'status',
             array(select jsonb_array_elements_text(p->'municipality_ags')), (p->>'start_date')::date,
             (p->>'end_date')::date, p->>'contact_name', p->>'contact_role', p->>'contact_email',
             p->>'contact_phone', coalesce((p->>'contact_consent')::boolean, false), p->>'problems',
             p->>'lessons_learned', p->>'funding_programme',
             array(select jsonb_array_elements_text(coalesce(p->'links', '[]'))),
             array(select jsonb_array_elements_text(coalesce(p->'tags', '[]'))), true,
             case when jsonb_typeof(f->'geometry') = 'object'
                  then ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326) end
      from jsonb_array_elements(${json(projects)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
      on conflict (id) do nothing`
    // Exchange posts carry dates relative to the seed day, so a new demo has current and expired posts.
    await tx`insert into exchange_posts (id, type, category, municipality_ags, title, description, contact_name,
        contact_role, contact_email, contact_phone, contact_consent, created_at, updated_at, expires_on, sample, geom)
      select (p->>'id')::int, p->>'type', p->>'category', p->>'municipality_ags', p->>'title', p->>'description',
             p->>'contact_name', p->>'contact_role', p->>'contact_email', p->>'contact_phone',
             coalesce((p->>'contact_consent')::boolean, false),
             now() - make_interval(days => (p->>'posted_days_ago')::int),
             now() - make_interval(days => (p->>'posted_days_ago')::int),
             current_date + (p->>'expires_in_days')::int, true,
             case when jsonb_typeof(f->'geometry') = 'object'
                  then ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326) end
      from jsonb_array_elements(${json(exchange)}::text::jsonb->'features') f, lateral (select f->'properties' p) x
      on conflict (id) do nothing`
    await tx`insert into municipality_contacts (municipality_ags, name, role, organisation, email, phone, sample)
      select c->>'municipality_ags', c->>'name', c->>'role', c->>'organisation', c->>'email', c->>'phone', true
      from jsonb_array_elements(${json(contacts)}::text::jsonb) c
      on conflict (municipality_ags) do nothing`
    for (const table of ['development_land', 'compensation_areas', 'compensation_bookings', 'projects', 'exchange_posts']) {
      await resetIdentity(tx, table)
    }
  })
}
