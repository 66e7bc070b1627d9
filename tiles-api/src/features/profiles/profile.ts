import {
  attributions, medianOf, PROFILE_CAR_MODEL, PROFILE_CATCHMENT_M, PROFILE_HOSPITAL_KM, PROFILE_INDICATORS, verdictOf,
  type IndicatorId, type MunicipalityFigures, type MunicipalityList, type MunicipalityProfile,
} from '@regiopol/geodata'
import type { Sql } from 'postgres'
import { contactOf, hospitalCount, municipalityFigures, projectsOf, stopsOf, type FigureRow } from './queries.ts'
import { NotFound } from '../../errors.ts'
import { exchangePostsOf } from './exchange.ts'

/* Municipality profiles (Steckbrief): the figures of queries/profiles.ts shaped for the API. */

const SOURCES = [
  attributions.bkg.text, attributions.zensus.text, attributions.dbStations.text, attributions.hospitals.text,
  `Bauland, Ausgleichsflächen, Projekte, Ansprechpersonen: ${attributions.sample.text}`,
]

const RADIUS_SOURCE = `${PROFILE_CATCHMENT_M} m wie die Standortanalyse des Viewers („Bauland an der Schiene“; BBSR-Einzugsbereich um Bahnhöfe)`

function figures(row: FigureRow): MunicipalityFigures {
  return {
    ags: row.ags, name: row.name, district: row.district, population: row.population, area_km2: row.area_km2,
    density_per_km2: row.density_per_km2, rail_stops: row.rail_stops, grid_population: row.grid_population,
    catchment_population: row.catchment_population, development_land_sites: row.development_land_sites,
    development_land_ha: row.development_land_ha, development_land_inside_ha: row.development_land_inside_ha,
    eco_points_available: row.eco_points_available, hospital_mean_distance_km: row.hospital_mean_distance_km,
    projects: row.projects, indicators: row.indicators,
  }
}

function medians(rows: readonly FigureRow[]): Record<IndicatorId, number | null> {
  return Object.fromEntries(PROFILE_INDICATORS.map((d) => [d.id, medianOf(rows.map((r) => r.indicators[d.id]))])) as Record<IndicatorId, number | null>
}

export async function municipalityList(sql: Sql): Promise<MunicipalityList> {
  const rows = await municipalityFigures(sql)
  return { catchment_radius_m: PROFILE_CATCHMENT_M, items: rows.map(figures), medians: medians(rows), sources: SOURCES }
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null)

export async function municipalityProfile(sql: Sql, ags: string): Promise<MunicipalityProfile> {
  const rows = await municipalityFigures(sql)
  const row = rows.find((r) => r.ags === ags)
  if (!row) throw new NotFound(`Die Kommune mit dem Gemeindeschlüssel ${ags} gehört nicht zur regiopolREGION (29 Mitgliedskommunen).`)
  const [stops, projects, contact, hospitals, exchange] = [
    await stopsOf(sql, ags), await projectsOf(sql, ags), await contactOf(sql, ags), await hospitalCount(sql), await exchangePostsOf(sql, ags),
  ]
  const m = medians(rows)
  return {
    ags: row.ags, name: row.name, district: row.district, district_key: row.district_key, regierungsbezirk: row.regierungsbezirk,
    population: { value: row.population, source: row.population_source, attribution: attributions.bkg.text },
    area: { km2: row.area_km2, computed_ha: row.area_ha, source: 'BKG VG250-EW, Katasterfläche (KFL)', attribution: attributions.bkg.text },
    density_per_km2: row.density_per_km2,
    rail: {
      radius_m: PROFILE_CATCHMENT_M, radius_source: RADIUS_SOURCE, stops: [...stops],
      grid_population: row.grid_population, catchment_population: row.catchment_population,
      catchment_share: ratio(row.catchment_population, row.grid_population),
      method: `Einwohner der 1-km-Zellen (Zensus 2011) dieser Kommune, deren Mittelpunkt höchstens ${PROFILE_CATCHMENT_M} m (Luftlinie, EPSG:25832) von einem SPNV-Halt entfernt ist – auch von einem Halt der Nachbarkommune; eine Zelle zählt ganz oder gar nicht.`,
      attribution: [attributions.zensus.text, attributions.dbStations.text],
    },
    development_land: {
      sample: true, sites: row.development_land_sites, sites_inside: row.sites_inside,
      sites_outside: row.development_land_sites - row.sites_inside, area_ha: row.development_land_ha,
      inside_ha: row.development_land_inside_ha, outside_ha: row.development_land_ha - row.development_land_inside_ha,
      inside_share: ratio(row.development_land_inside_ha, row.development_land_ha),
      method: `Flächenanteil innerhalb der Vereinigung aller ${PROFILE_CATCHMENT_M}-m-Kreise um SPNV-Halte (EPSG:25832); eine Fläche zählt als „im Einzugsbereich“, wenn ihr Schwerpunkt darin liegt.`,
    },
    pool: {
      sample: true, areas: row.pool_areas, area_ha: row.pool_area_ha, points_total: row.points_total,
      points_planned: row.points_planned, points_reserved: row.points_reserved, points_booked: row.points_booked,
      points_available: row.eco_points_available,
      method: 'Eigene Pool-Flächen ohne stillgelegte. Verfügbar = Gesamtpunkte der nicht mehr nur geplanten Flächen minus aktive, nicht abgelaufene Reservierungen und Abbuchungen; geplante Flächen sind noch nicht buchbar.',
    },
    health: {
      hospitals, mean_distance_km: row.hospital_mean_distance_km, threshold_km: PROFILE_HOSPITAL_KM,
      share_within_threshold: ratio(row.within_threshold_population, row.grid_population),
      mean_car_minutes: row.mean_hospital_car_minutes,
      share_within_30_car_minutes: ratio(row.within_30_car_minutes_population, row.grid_population),
      method: `Luftlinie vom Mittelpunkt jeder 1-km-Zelle (Zensus 2011) zum nächsten Krankenhausstandort, nach Einwohnern gewichtet. Pkw-Minuten mit dem Modell der Erreichbarkeitsanalyse des Viewers: Luftlinie × ${PROFILE_CAR_MODEL.detourFactor} bei ${PROFILE_CAR_MODEL.speedKmh} km/h (Schätzung, nicht geroutet).`,
      attribution: attributions.hospitals.text,
    },
    projects: { sample: projects.some((p) => p.sample), items: [...projects] },
    exchange_posts: exchange,
    contact,
    comparison: {
      municipalities: rows.length,
      rule: 'Median der 29 Kommunen. Stärke/Schwäche, wenn der Wert mehr als 10 % vom Median abweicht (in der günstigen bzw. ungünstigen Richtung); sonst Durchschnitt. Die Dichte wird ohne Wertung gezeigt.',
      indicators: PROFILE_INDICATORS.map((d) => {
        const value = row.indicators[d.id]
        return {
          id: d.id, label: d.label, unit: d.unit, direction: d.direction, sample: d.sample, value, median: m[d.id],
          n: rows.filter((r) => r.indicators[d.id] !== null).length, verdict: verdictOf(value, m[d.id], d.direction),
        }
      }),
    },
    sources: SOURCES,
  }
}
