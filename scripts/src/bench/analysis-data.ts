/**
 * Inputs for the analysis benchmark, read from the database so JS and PostGIS see
 * exactly the same facilities, stops and sites; the Zensus grid and the outline
 * come from geodata/data (population only feeds the indicators, not a timing pair).
 */
import { readFileSync } from 'node:fs'
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { Sql } from 'postgres'
import { municipalitiesFromGeoJSON, populationCellsFromGeoJSON, type FacilityInput, type SiteInput, type StopInput } from '@regiopol/analysis'
import { prng } from './timing.ts'

const dataFile = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../geodata/data/${name}`, import.meta.url), 'utf8')) as FeatureCollection

export async function loadAnalysisInputs(sql: Sql) {
  const hospitals = await sql<{ id: number; name: string; type: string; care_type: string | null; lon: number; lat: number; municipality_ags: string | null }[]>`
    select id, name, type, care_type, ST_X(geom) as lon, ST_Y(geom) as lat, municipality_ags from health_facilities order by id`
  const stops = await sql<{ id: number; name: string; category: number | null; rail_products: string[]; lon: number; lat: number; municipality_ags: string | null }[]>`
    select id, name, category, rail_products, ST_X(geom) as lon, ST_Y(geom) as lat, municipality_ags from rail_stops order by id`
  const sites = await sql<{ id: number; name: string; municipality_ags: string; use: string; planning_status: string; geojson: string }[]>`
    select id, name, municipality_ags, use, planning_status, ST_AsGeoJSON(geom) as geojson from development_land order by id`
  const outline = dataFile('region_outline.geojson').features[0]!.geometry as MultiPolygon
  return {
    facilities: hospitals.map((h): FacilityInput => ({
      id: String(h.id), name: h.name, type: h.type, careType: h.care_type, lon: h.lon, lat: h.lat, municipalityAgs: h.municipality_ags,
    })),
    stops: stops.map((s): StopInput => ({
      id: String(s.id), name: s.name, lon: s.lon, lat: s.lat, category: s.category, products: s.rail_products,
      municipalityAgs: s.municipality_ags,
    })),
    sites: sites.map((s): SiteInput => ({
      id: String(s.id), name: s.name, municipalityAgs: s.municipality_ags, use: s.use, planningStatus: s.planning_status,
      geometry: JSON.parse(s.geojson) as Polygon | MultiPolygon,
    })),
    outline,
    municipalities: municipalitiesFromGeoJSON(dataFile('municipalities.geojson')),
    population: populationCellsFromGeoJSON(dataFile('population_grid_1km_zensus2011.geojson')).filter((c) => c.inRegion),
  }
}

/** `count` copies of the seed shapes moved to seeded random places over the region's extent. */
export function syntheticSites(seed: readonly SiteInput[], count: number): SiteInput[] {
  const rnd = prng(20_000)
  return Array.from({ length: count }, (_, k) => {
    const s = seed[k % seed.length]!
    const dLon = (rnd() - 0.5) * 0.8
    const dLat = (rnd() - 0.5) * 0.5
    const move = (ring: number[][]) => ring.map(([x, y]) => [x! + dLon, y! + dLat])
    const geometry: MultiPolygon =
      s.geometry.type === 'Polygon'
        ? { type: 'MultiPolygon', coordinates: [s.geometry.coordinates.map(move)] }
        : { type: 'MultiPolygon', coordinates: s.geometry.coordinates.map((p) => p.map(move)) }
    return { ...s, id: `syn-${k}`, geometry }
  })
}
