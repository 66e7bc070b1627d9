import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataDir, sampleDir } from '@regiopol/geodata/node'
import type { LayerId } from '@regiopol/geodata'

const count = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')).features.length as number

/** Sample exchange posts that have not expired on the seed day (expires_in_days ≥ 0). */
export function currentExchangePosts(): number {
  const file = JSON.parse(readFileSync(join(sampleDir, 'exchange_posts.geojson'), 'utf8')) as { features: { properties: { expires_in_days: number } }[] }
  return file.features.filter((f) => f.properties.expires_in_days >= 0).length
}

/** Sample projects with a location, and those whose location is a polygon. */
function sampleProjects(kind: 'located' | 'areas'): number {
  const file = JSON.parse(readFileSync(join(sampleDir, 'projects.geojson'), 'utf8')) as { features: { geometry: { type: string } | null }[] }
  return file.features.filter((f) => (kind === 'located' ? f.geometry : f.geometry && /Polygon$/.test(f.geometry.type))).length
}

/** How many features each collection must serve: the real files' counts, checked by hand. */
export const seedCounts: Record<LayerId, number> = {
  districts: 6,
  municipalities: 29,
  rail_stops: 52,
  rail_lines: 124,
  health_facilities: 64,
  population_grid: 2714,
  // Sample records: as many as the generated files hold (at least 60/30/20, see the sample tests).
  development_land: count(sampleDir, 'development_land.geojson'),
  compensation_areas: count(sampleDir, 'compensation_areas.geojson'),
  projects: count(sampleDir, 'projects.geojson'),
  project_points: sampleProjects('located'),
  project_areas: sampleProjects('areas'),
  // Only current posts are served: the sample file dates them relative to the seed day.
  exchange_posts: currentExchangePosts(),
}

export function readSource(file: string) {
  return JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as {
    features: { properties: Record<string, any>; geometry: { type: string; coordinates: any } }[]
  }
}
