/**
 * Plain GeoJSON -> the typed inputs of the analysis. The default accessors read
 * both shapes the viewer meets: the source files in geodata/data and the API's
 * catalogue properties (e.g. `population_2011` vs `population`, `rail_products`
 * as array vs a CSV join, `type` from the API vs "Tagesklinik" in the name).
 * Override any key with serializable `keys` options (they cross the worker boundary).
 *
 * @example
 * const stops = stopsFromGeoJSON(railStopsFc, { products: parseRisProductsCsv(csvText) })
 * const cells = populationCellsFromGeoJSON(gridFc).filter((c) => c.inRegion)
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'

export interface FacilityInput {
  id: string
  name: string
  type: string
  /** 'general' | 'psychiatry' | 'specialist' (health_facilities.care_type); only general sites count for the G-BA rule. */
  careType?: string | null
  lon: number
  lat: number
  municipalityAgs: string | null
}

export interface StopInput {
  id: string
  name: string
  lon: number
  lat: number
  /** DB station category 1 (best) .. 7, null if unknown. */
  category: number | null
  /** Train products, e.g. ['nationalExpress', 'regional']. */
  products: string[]
  municipalityAgs: string | null
}

export interface PopulationCellInput {
  /** Lower-left corner in EPSG:3035 metres. */
  x0: number
  y0: number
  /** Edge length in metres (1000 for the Zensus 1 km grid). */
  size: number
  population: number
  municipalityAgs: string | null
  inRegion: boolean
}

export interface MunicipalityInput {
  ags: string
  name: string
  geometry: Polygon | MultiPolygon
}

export interface SiteInput {
  id: string
  name: string
  municipalityAgs: string | null
  use: string
  planningStatus: string | null
  geometry: Polygon | MultiPolygon
}

type Props = Record<string, unknown>
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))

function pointCoords(f: Feature<Geometry | null>): [number, number] {
  if (f.geometry?.type !== 'Point') throw new TypeError(`expected a Point feature, got ${f.geometry?.type}`)
  const [lon, lat] = f.geometry.coordinates
  return [lon!, lat!]
}

function featureId(f: Feature<Geometry | null>, p: Props, key: string | undefined, i: number): string {
  return String((key ? p[key] : undefined) ?? f.id ?? p.id ?? i)
}

export function facilitiesFromGeoJSON(
  fc: FeatureCollection<Geometry | null>,
  keys: { id?: string; type?: string } = {},
): FacilityInput[] {
  return fc.features.map((f, i) => {
    const p = (f.properties ?? {}) as Props
    const [lon, lat] = pointCoords(f)
    const name = String(p.name ?? '')
    const rawType = str(p[keys.type ?? 'type'])
    // The source file says 'hospital_site' for every site; the seed splits day clinics by name.
    const type =
      rawType && rawType !== 'hospital_site' ? rawType : /tagesklinik/i.test(name) ? 'tagesklinik' : 'krankenhaus'
    return {
      id: featureId(f, p, keys.id ?? (p.standort_id !== undefined && p.id === undefined ? 'standort_id' : undefined), i),
      name,
      type,
      careType: str(p.care_type),
      lon,
      lat,
      municipalityAgs: str(p.municipality_ags),
    }
  })
}

/** eva -> products from geodata/data/rail_stops_ris_products.csv. */
export function parseRisProductsCsv(text: string): Map<string, string[]> {
  const lines = text.trim().split(/\r?\n/)
  const header = lines[0]!.split(',')
  const evaCol = header.indexOf('eva')
  const prodCol = header.indexOf('rail_products')
  const out = new Map<string, string[]>()
  for (const line of lines.slice(1)) {
    const cols = line.split(',')
    const products = cols[prodCol] ?? ''
    out.set(cols[evaCol]!, products ? products.split(';') : [])
  }
  return out
}

export function stopsFromGeoJSON(
  fc: FeatureCollection<Geometry | null>,
  opts: { products?: Map<string, string[]>; id?: string } = {},
): StopInput[] {
  return fc.features.map((f, i) => {
    const p = (f.properties ?? {}) as Props
    const [lon, lat] = pointCoords(f)
    const eva = str(p.eva)
    const fromProps = Array.isArray(p.rail_products) ? (p.rail_products as string[]) : null
    const cat = p.category === null || p.category === undefined ? null : Number(p.category)
    return {
      id: featureId(f, p, opts.id ?? (eva ? 'eva' : undefined), i),
      name: String(p.name ?? ''),
      lon,
      lat,
      category: cat,
      products: fromProps ?? (eva ? opts.products?.get(eva) : undefined) ?? [],
      municipalityAgs: str(p.municipality_ags),
    }
  })
}

const GRID_ID = /^(\d+)kmN(\d+)E(\d+)$/

/** Zensus grid cells; the corner comes from `grid_id` (e.g. 1kmN3139E4230 = lower-left corner in km). */
export function populationCellsFromGeoJSON(
  fc: FeatureCollection<Geometry | null>,
  keys: { population?: string } = {},
): PopulationCellInput[] {
  return fc.features.map((f) => {
    const p = (f.properties ?? {}) as Props
    const m = GRID_ID.exec(String(p.grid_id ?? ''))
    if (!m) throw new TypeError(`cannot read grid_id ${String(p.grid_id)}`)
    const size = Number(m[1]) * 1000
    const pop = p[keys.population ?? ('population_2011' in p ? 'population_2011' : 'population')]
    return {
      x0: Number(m[3]) * size,
      y0: Number(m[2]) * size,
      size,
      population: Number(pop ?? 0),
      municipalityAgs: str(p.municipality_ags),
      inRegion: p.in_region === true,
    }
  })
}

export function municipalitiesFromGeoJSON(fc: FeatureCollection<Geometry | null>): MunicipalityInput[] {
  return fc.features.map((f) => {
    const p = (f.properties ?? {}) as Props
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
      throw new TypeError('municipality without polygon geometry')
    return { ags: String(p.ags), name: String(p.name ?? p.ags), geometry: f.geometry }
  })
}

export function sitesFromGeoJSON(fc: FeatureCollection<Geometry | null>): SiteInput[] {
  return fc.features.map((f, i) => {
    const p = (f.properties ?? {}) as Props
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
      throw new TypeError(`site ${i} has no polygon geometry`)
    return {
      id: featureId(f, p, undefined, i),
      name: String(p.name ?? ''),
      municipalityAgs: str(p.municipality_ags),
      use: String(p.use ?? 'unbekannt'),
      planningStatus: str(p.planning_status),
      geometry: f.geometry,
    }
  })
}

/** Rings of a Polygon or MultiPolygon as one flat list (even-odd rule handles holes). */
export function ringsOf(g: Polygon | MultiPolygon): number[][][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()
}
