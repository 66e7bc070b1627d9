import type { FieldDefaults, FieldMapping } from '@regiopol/geodata/io'
import type { Sql } from 'postgres'

/* The field mapping saved per source (migration 0021), so next year's file maps itself. */

export async function loadMapping(sql: Sql, collection: string, source: string) {
  const [row] = await sql<{ mapping: FieldMapping; defaults: FieldDefaults }[]>`
    select mapping, defaults from import_mappings where collection = ${collection} and source = ${source}`
  return row
}

export async function saveMapping(sql: Sql, who: { accountId: number }, collection: string, source: string, mapping: FieldMapping, defaults: FieldDefaults) {
  await sql`insert into import_mappings (collection, source, mapping, defaults, updated_by)
    values (${collection}, ${source}, ${sql.json(mapping)}, ${sql.json(defaults)}, ${who.accountId})
    on conflict (collection, source) do update set mapping = excluded.mapping, defaults = excluded.defaults, updated_at = now(), updated_by = excluded.updated_by`
}
