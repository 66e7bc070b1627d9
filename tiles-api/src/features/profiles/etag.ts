import type { Sql } from 'postgres'
import { layerVersions } from '../../db/queries/features.ts'

/** Every table a profile reads, by the name its version trigger bumps (migrations 0002 ff.). */
export const PROFILE_LAYERS = [
  'municipalities', 'rail_stops', 'population_grid', 'development_land', 'compensation_areas',
  'health_facilities', 'projects', 'exchange_posts', 'municipality_contacts',
] as const

/**
 * One version string over all of them: a write to any of these tables changes every
 * profile's ETag. The database's date is part of it because exchange posts expire at
 * midnight without any write.
 */
export async function profileDataVersion(sql: Sql): Promise<string> {
  const versions = (await layerVersions(sql)) as Map<string, string>
  const [day] = await sql<{ today: string }[]>`select to_char(current_date, 'YYYYMMDD') as today`
  return `${day!.today}-${PROFILE_LAYERS.map((l) => versions.get(l) ?? 0).join('.')}`
}
