import type { MunicipalityFigures, MunicipalityList } from '@regiopol/geodata'
import type { MessageKey } from '../i18n/index.ts'
import type { FigureKind } from './format.ts'

/** The columns of the overview table: what they show, how they sort, and their regional median where one exists. */
export interface OverviewColumn {
  id: string
  label: MessageKey
  kind: FigureKind | 'text'
  value: (m: MunicipalityFigures) => number | string | null
  median?: (list: MunicipalityList) => number | null
}

export const OVERVIEW_COLUMNS: readonly OverviewColumn[] = [
  { id: 'name', label: 'profiles.col.name', kind: 'text', value: (m) => m.name },
  { id: 'district', label: 'profiles.col.district', kind: 'text', value: (m) => m.district },
  { id: 'population', label: 'profiles.col.population', kind: 'count', value: (m) => m.population },
  { id: 'density', label: 'profiles.col.density', kind: 'rate', value: (m) => m.density_per_km2, median: (l) => l.medians.density },
  { id: 'stops', label: 'profiles.col.stops', kind: 'count', value: (m) => m.rail_stops },
  { id: 'railShare', label: 'profiles.col.railShare', kind: 'share', value: (m) => m.indicators.rail_catchment_share, median: (l) => l.medians.rail_catchment_share },
  { id: 'land', label: 'profiles.col.land', kind: 'rate', value: (m) => m.development_land_ha },
  { id: 'points', label: 'profiles.col.points', kind: 'points', value: (m) => m.eco_points_available },
  { id: 'hospital', label: 'profiles.col.hospital', kind: 'km', value: (m) => m.hospital_mean_distance_km, median: (l) => l.medians.hospital_mean_distance_km },
  { id: 'projects', label: 'profiles.col.projects', kind: 'count', value: (m) => m.projects },
]

export type SortState = { column: string; descending: boolean }

/** The rows in the order of a column; unknown values last, names in German collation. */
export function sortRows(rows: readonly MunicipalityFigures[], sort: SortState): MunicipalityFigures[] {
  const column = OVERVIEW_COLUMNS.find((c) => c.id === sort.column) ?? OVERVIEW_COLUMNS[0]!
  const sign = sort.descending ? -1 : 1
  return [...rows].sort((a, b) => {
    const x = column.value(a), y = column.value(b)
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'de') : x - (y as number)
    return sign * c || a.name.localeCompare(b.name, 'de')
  })
}
