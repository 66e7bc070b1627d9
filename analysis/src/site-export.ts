/**
 * CSV and GeoJSON export of the site table. The CSV is for German spreadsheets by
 * default (semicolon, decimal comma, UTF-8 BOM); pass `{ delimiter: ',', decimal: '.' }`
 * for tools that expect RFC 4180 with a decimal point.
 *
 * @example
 * const csv = sitesToCsv(rows, scores)  // "id;Name;Kommune;...\n1;Gewerbepark West;..."
 * const fc = sitesToGeoJSON(rows, sites, scores) // geometry from the input, table as properties
 */
import { toCsv, type CsvOptions } from '@regiopol/geodata/csv'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { SiteInput } from './inputs.ts'
import type { SiteRow } from './sites.ts'

const COLUMNS: [keyof SiteRow, string][] = [
  ['id', 'id'], ['name', 'Name'], ['municipalityAgs', 'AGS'], ['use', 'Nutzung'], ['planningStatus', 'Planungsstand'],
  ['areaHa', 'Fläche (ha)'], ['nearestStopName', 'Nächster Haltepunkt'], ['distanceM', 'Luftlinie (m)'],
  ['walkMin', 'Fußweg (min, geschätzt)'], ['bikeMin', 'Rad (min, geschätzt)'], ['catchmentShare', 'Anteil im Einzugsbereich'],
  ['stopServiceLabel', 'Bedienung'], ['hospitalName', 'Nächstes Krankenhaus'], ['hospitalCarMin', 'Krankenhaus Pkw (min, geschätzt)'],
]

/** Metres and minutes to three decimals at most: the table's precision, not the float's. */
const rounded = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1000) / 1000 : v)

export function sitesToCsv(rows: readonly SiteRow[], scores?: readonly number[], opts: Partial<CsvOptions> = {}): string {
  const header = [...COLUMNS.map(([, label]) => label), ...(scores ? ['Bewertung'] : [])]
  const cells = rows.map((r, i) => [...COLUMNS.map(([k]) => rounded(r[k])), ...(scores ? [rounded(scores[i])] : [])])
  return toCsv(header, cells, { delimiter: ';', decimal: ',', ...opts })
}

export function sitesToGeoJSON(
  rows: readonly SiteRow[], sites: readonly SiteInput[], scores?: readonly number[],
): FeatureCollection<Polygon | MultiPolygon> {
  const byId = new Map(sites.map((s) => [s.id, s]))
  return {
    type: 'FeatureCollection',
    features: rows.map((r, i): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      id: r.id,
      geometry: byId.get(r.id)!.geometry,
      properties: {
        ...r,
        hospitalCarMin: Number.isFinite(r.hospitalCarMin) ? r.hospitalCarMin : null,
        ...(scores ? { score: scores[i] } : {}),
      },
    })),
  }
}
