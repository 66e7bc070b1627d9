/**
 * Deterministic generator for the invented sample records in geodata/seed/sample/.
 * Run from the repository root: npx --yes tsx scripts/src/sample/generate.ts
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { generateBookings } from './bookings.ts'
import { generateCompensation } from './compensation.ts'
import { generateDevelopment } from './development.ts'
import { generateExchange } from './exchange.ts'
import { loadMunicipalities, loadRailStops, loadTownCentres, REPO_ROOT } from './inputs.ts'
import { featureCollection, numbered, writeJson } from './output.ts'
import { Layout } from './placement.ts'
import { childRng } from './prng.ts'
import { generateProjects } from './projects.ts'
import { readme } from './readme.ts'

const SEED = 20180420
const OUT = resolve(REPO_ROOT, 'geodata/seed/sample')

const byAgsThenName = <T extends { properties: { municipality_ags: string; name: string } }>(a: T, b: T): number =>
  a.properties.municipality_ags < b.properties.municipality_ags ? -1
    : a.properties.municipality_ags > b.properties.municipality_ags ? 1
      : a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0

const munis = loadMunicipalities()
const stops = loadRailStops()
const layout = new Layout()

const development = numbered(generateDevelopment(childRng(SEED, 'development'), munis, stops, layout).sort(byAgsThenName))
const compensation = numbered(generateCompensation(childRng(SEED, 'compensation'), munis, layout).sort(byAgsThenName))
const bookings = generateBookings(childRng(SEED, 'bookings'), compensation, development, munis)
const projects = numbered(generateProjects(childRng(SEED, 'projects'), munis, loadTownCentres()))
const exchange = numbered(generateExchange(childRng(SEED, 'exchange'), munis, loadTownCentres()))

const sizes = {
  'development_land.geojson': writeJson(resolve(OUT, 'development_land.geojson'), featureCollection(development)),
  'compensation_areas.geojson': writeJson(resolve(OUT, 'compensation_areas.geojson'), featureCollection(compensation)),
  'compensation_bookings.json': writeJson(resolve(OUT, 'compensation_bookings.json'), bookings),
  'projects.geojson': writeJson(resolve(OUT, 'projects.geojson'), featureCollection(projects)),
  'exchange_posts.geojson': writeJson(resolve(OUT, 'exchange_posts.geojson'), featureCollection(exchange)),
}
writeFileSync(
  resolve(OUT, 'README.md'),
  readme({ development: development.length, compensation: compensation.length, bookings: bookings.length, projects: projects.length, exchange: exchange.length, seed: SEED }),
)

console.log(`development land: ${development.length}, compensation areas: ${compensation.length}, bookings: ${bookings.length}, projects: ${projects.length}, exchange posts: ${exchange.length}`)
for (const [file, bytes] of Object.entries(sizes)) console.log(`${file}: ${bytes} bytes`)
