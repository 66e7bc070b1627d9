import type { Sql } from 'postgres'
import { layerVersions } from '../db/queries/features.ts'

/** Every table a profile reads, by the name its version trigger bumps (migrations 0002 ff.). */
export const PROFILE_LAYERS = [
  'municipalities', 'rail_stops', 'population_grid', 'development_land', 'compensation_areas',
  'health_facilities', 'projects', 'municipality_contacts',
] as const

/** One version string over all of them: a write to any of these tables changes every profile's ETag. */
export async function profileDataVersion(sql: Sql): Promise<string> {
  const versions = (await layerVersions(sql)) as Map<string, string>
  return PROFILE_LAYERS.map((l) => versions.get(l) ?? 0).join('.')
}
