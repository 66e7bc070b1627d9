import type { IndicatorId } from '@regiopol/geodata'
import type { Language } from '../i18n/index.ts'

/**
 * How the profile writes its figures: German number format (1.234,5), units after a
 * thin space, shares as per cent. Pure, so the e2e test can format the API's numbers
 * exactly as the page does and compare.
 *
 * @example
 * formatFigure(4583, 'count', 'de')        // "4.583"
 * formatFigure(0.3487, 'share', 'de')      // "34,9 %"
 * formatFigure(6.4226, 'km', 'de')         // "6,4 km"
 */

export type FigureKind = 'count' | 'ha' | 'km' | 'km2' | 'share' | 'density' | 'minutes' | 'points' | 'rate'

const DIGITS: Record<FigureKind, number> = { count: 0, ha: 1, km: 1, km2: 2, share: 1, density: 1, minutes: 0, points: 0, rate: 1 }
const UNIT: Record<FigureKind, string> = { count: '', ha: 'ha', km: 'km', km2: 'km²', share: '%', density: 'EW/km²', minutes: 'min', points: '', rate: '' }

export function formatNumberFixed(value: number, digits: number, language: Language): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/** A figure with its unit; '–' when unknown. */
export function formatFigure(value: number | null | undefined, kind: FigureKind, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–'
  const n = formatNumberFixed(kind === 'share' ? value * 100 : value, DIGITS[kind], language)
  return UNIT[kind] ? `${n}\u202f${UNIT[kind]}` : n
}

/** How each comparison indicator is written. */
export const INDICATOR_KIND: Record<IndicatorId, FigureKind> = {
  density: 'density',
  rail_catchment_share: 'share',
  land_in_catchment_share: 'share',
  eco_points_available_per_1000: 'points',
  hospital_mean_distance_km: 'km',
  projects_per_10000: 'rate',
}
