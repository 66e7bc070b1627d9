import type { I18nText } from '../catalogue/types.ts'

/*
 * Municipality profiles (Steckbrief): what GET /api/municipalities and
 * GET /api/municipalities/{ags}/profile answer. The API computes every figure in SQL
 * from the live tables; the viewer shows them. Shares are 0..1, distances in km.
 */

/** The radius the viewer's site analysis uses for "near a stop" (@regiopol/analysis, sites.ts, DEFAULT_CATCHMENT_M). */
export const PROFILE_CATCHMENT_M = 1200
/** Hospital reachability: share of inhabitants within this straight-line distance of the nearest hospital. */
export const PROFILE_HOSPITAL_KM = 10
/** The viewer's car model (@regiopol/analysis, travel-time.ts): straight line × 1.3 at 50 km/h. */
export const PROFILE_CAR_MODEL = { detourFactor: 1.3, speedKmh: 50, thresholdMin: 30 } as const

export const AGS_PATTERN = /^[0-9]{8}$/

export type IndicatorId =
  | 'density'
  | 'rail_catchment_share'
  | 'land_in_catchment_share'
  | 'eco_points_available_per_1000'
  | 'hospital_mean_distance_km'
  | 'projects_per_10000'

/** higher/lower: which way is a strength; context: shown against the median without a verdict. */
export type IndicatorDirection = 'higher' | 'lower' | 'context'
export type Verdict = 'strength' | 'weakness' | 'average' | 'context' | 'unknown'

export interface IndicatorDef {
  id: IndicatorId
  label: I18nText
  unit: string
  direction: IndicatorDirection
  /** Whether sample data enters the value. */
  sample: boolean
  explanation: I18nText
}

export const PROFILE_INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'density', unit: 'EW/km²', direction: 'context', sample: false,
    label: { de: 'Einwohnerdichte', en: 'Population density' },
    explanation: { de: 'Einwohner je km² Katasterfläche (VG250-EW). Ohne Wertung: Dichte beschreibt die Lage, sie ist weder Stärke noch Schwäche.', en: 'Inhabitants per km² of cadastral area (VG250-EW). No verdict: density describes the setting.' },
  },
  {
    id: 'rail_catchment_share', unit: '%', direction: 'higher', sample: false,
    label: { de: 'Einwohner im Einzugsbereich der Schiene', en: 'Inhabitants in rail catchments' },
    explanation: { de: `Anteil der Einwohner (Zensus 2011, 1-km-Gitter), deren Zellmittelpunkt höchstens ${PROFILE_CATCHMENT_M} m von einem SPNV-Halt entfernt ist.`, en: `Share of inhabitants (2011 census, 1 km grid) whose cell centre lies within ${PROFILE_CATCHMENT_M} m of a rail stop.` },
  },
  {
    id: 'land_in_catchment_share', unit: '%', direction: 'higher', sample: true,
    label: { de: 'Bauland im Einzugsbereich der Schiene', en: 'Development land in rail catchments' },
    explanation: { de: `Anteil der Baulandfläche (ha) innerhalb von ${PROFILE_CATCHMENT_M} m um SPNV-Halte (Bauland an der Schiene).`, en: `Share of development land area (ha) within ${PROFILE_CATCHMENT_M} m of rail stops.` },
  },
  {
    id: 'eco_points_available_per_1000', unit: 'Punkte je 1.000 EW', direction: 'higher', sample: true,
    label: { de: 'Verfügbare Ökopunkte je 1.000 Einwohner', en: 'Available eco points per 1,000 inhabitants' },
    explanation: { de: 'Noch buchbare Ökopunkte der eigenen Pool-Flächen (verfügbar, reserviert oder zugeordnet; abzüglich aktiver Reservierungen und Abbuchungen) je 1.000 Einwohner.', en: 'Eco points still bookable on the municipality’s own pool areas per 1,000 inhabitants.' },
  },
  {
    id: 'hospital_mean_distance_km', unit: 'km', direction: 'lower', sample: false,
    label: { de: 'Mittlere Entfernung zum nächsten Allgemeinkrankenhaus', en: 'Mean distance to the nearest general hospital' },
    explanation: { de: 'Luftlinie vom Mittelpunkt jeder bewohnten 1-km-Zelle zum nächsten Standort eines Allgemeinkrankenhauses (Grundversorgung; ohne Psychiatrie und Fachkliniken; auch außerhalb der Region), nach Einwohnern gewichtet.', en: 'Straight line from each inhabited 1 km cell centre to the nearest general hospital site (basic care; without psychiatry and specialist clinics; also outside the region), weighted by inhabitants.' },
  },
  {
    id: 'projects_per_10000', unit: 'je 10.000 EW', direction: 'higher', sample: true,
    label: { de: 'Projekte je 10.000 Einwohner', en: 'Projects per 10,000 inhabitants' },
    explanation: { de: 'Projekte der Projektdatenbank, an denen die Kommune beteiligt ist, je 10.000 Einwohner.', en: 'Projects in the project database the municipality takes part in, per 10,000 inhabitants.' },
  },
]

/** Key figures of one municipality: a row of GET /api/municipalities. */
export interface MunicipalityFigures {
  ags: string
  name: string
  district: string
  population: number
  area_km2: number
  density_per_km2: number
  rail_stops: number
  grid_population: number
  catchment_population: number
  development_land_sites: number
  development_land_ha: number
  development_land_inside_ha: number
  eco_points_available: number
  hospital_mean_distance_km: number | null
  projects: number
  indicators: Record<IndicatorId, number | null>
}

export interface MunicipalityList {
  catchment_radius_m: number
  items: MunicipalityFigures[]
  medians: Record<IndicatorId, number | null>
  sources: string[]
}

export interface ProfileStop {
  id: number
  name: string
  eva: string | null
  category: number | null
  rail_products: string[]
  /** Inhabitants of all grid cells (any municipality) whose centre is within the radius of this stop. */
  catchment_population: number
}

export interface ComparisonRow {
  id: IndicatorId
  label: I18nText
  unit: string
  direction: IndicatorDirection
  sample: boolean
  value: number | null
  median: number | null
  /** How many municipalities have a value (the median is over these). */
  n: number
  verdict: Verdict
}

export interface ProfileContact {
  name: string
  role: string
  organisation: string | null
  email: string | null
  phone: string | null
  sample: boolean
}

export interface ProfileProject {
  id: number
  title: string
  status: string
  action_field: string
  sample: boolean
}

export interface ProfileExchangePost {
  id: number
  type: 'suche' | 'biete'
  category: string
  title: string
  expires_on: string
  sample: boolean
}

export interface MunicipalityProfile {
  ags: string
  name: string
  district: string
  district_key: string
  regierungsbezirk: string
  population: { value: number; source: string; attribution: string }
  area: { km2: number; computed_ha: number; source: string; attribution: string }
  density_per_km2: number
  rail: {
    radius_m: number
    radius_source: string
    stops: ProfileStop[]
    grid_population: number
    catchment_population: number
    catchment_share: number | null
    method: string
    attribution: string[]
  }
  development_land: {
    sample: boolean
    sites: number
    sites_inside: number
    sites_outside: number
    area_ha: number
    inside_ha: number
    outside_ha: number
    inside_share: number | null
    method: string
  }
  pool: {
    sample: boolean
    areas: number
    area_ha: number
    points_total: number
    points_planned: number
    points_reserved: number
    points_booked: number
    points_available: number
    method: string
  }
  health: {
    hospitals: number
    mean_distance_km: number | null
    threshold_km: number
    share_within_threshold: number | null
    mean_car_minutes: number | null
    share_within_30_car_minutes: number | null
    method: string
    attribution: string
  }
  projects: { sample: boolean; items: ProfileProject[] }
  /** The municipality's current posts on the exchange board (Ich suche / Ich biete). */
  exchange_posts: { sample: boolean; items: ProfileExchangePost[] }
  contact: ProfileContact | null
  comparison: { municipalities: number; rule: string; indicators: ComparisonRow[] }
  sources: string[]
}

/** Within this fraction of the median a value counts as average, not as a strength or weakness. */
export const VERDICT_TOLERANCE = 0.1

/**
 * Strength or weakness against the regional median, aware of which way is better.
 *
 * @example
 * verdictOf(0.62, 0.40, 'higher') // 'strength'
 * verdictOf(14.2, 9.8, 'lower')   // 'weakness' (farther from a hospital than the median)
 * verdictOf(0.41, 0.40, 'higher') // 'average' (within 10 % of the median)
 */
export function verdictOf(value: number | null, median: number | null, direction: IndicatorDirection): Verdict {
  if (value === null || median === null || !Number.isFinite(value) || !Number.isFinite(median)) return 'unknown'
  if (direction === 'context') return 'context'
  if (Math.abs(value - median) <= VERDICT_TOLERANCE * Math.abs(median)) return 'average'
  const above = value > median
  return above === (direction === 'higher') ? 'strength' : 'weakness'
}

/** Median of the known values (mean of the middle two for an even count); null when none is known. */
export function medianOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b)
  if (known.length === 0) return null
  const mid = known.length >> 1
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2
}
