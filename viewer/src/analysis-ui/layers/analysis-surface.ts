import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { FONT_REGULAR, HALO, visibility } from '../../map/layers/common.ts'

/*
 * Travel-time surface and isochrone bands of the health-care analysis. Colours:
 * Paul Tol's colour-blind-safe sequential YlOrBr scheme (https://personal.sron.nl/~pault/),
 * light = fast, dark = slow; cells without any reachable facility are grey.
 */

export const CELLS_SOURCE = 'analysis-cells'
export const BANDS_SOURCE = 'analysis-bands'
export const YLORBR = ['#FFFFE5', '#FFF7BC', '#FEE391', '#FEC44F', '#FB9A29', '#EC7014', '#CC4C02', '#993404', '#662506'] as const
export const NO_DATA = '#BBBBBB'

/** Eight class breaks around the largest threshold T: T/6 … T, then 4T/3 and 2T. */
export function travelTimeBreaks(thresholds: readonly number[]): number[] {
  const t = thresholds[thresholds.length - 1] ?? 30
  return [1 / 6, 1 / 3, 1 / 2, 2 / 3, 5 / 6, 1, 4 / 3, 2].map((f) => Math.round(t * f * 10) / 10)
}

/** The classes as the legend shows them: colour and "from–to" minutes. */
export function travelTimeClasses(breaks: readonly number[]): { color: string; from: number | null; to: number | null }[] {
  return YLORBR.map((color, i) => ({ color, from: i === 0 ? null : breaks[i - 1]!, to: breaks[i] ?? null }))
}

export function travelTimeColor(breaks: readonly number[]): ExpressionSpecification {
  const steps = breaks.flatMap((b, i) => [b, YLORBR[i + 1]!])
  return ['case', ['==', ['get', 'minutes'], null], NO_DATA, ['step', ['to-number', ['get', 'minutes']], YLORBR[0], ...steps]] as unknown as ExpressionSpecification
}

export interface SurfaceState {
  visible: boolean
  opacity: number
  breaks: number[]
}

export function travelTimeSurfaceLayers(state: SurfaceState): LayerSpecification[] {
  return [
    {
      id: 'analysis-traveltime-fill',
      type: 'fill',
      source: CELLS_SOURCE,
      layout: { visibility: visibility(state.visible) },
      paint: { 'fill-color': travelTimeColor(state.breaks), 'fill-opacity': 0.75 * state.opacity, 'fill-antialias': false },
    },
  ]
}

export function isochroneBandLayers(visible: boolean): LayerSpecification[] {
  const layout = { visibility: visibility(visible) }
  return [
    { id: 'analysis-bands-line', type: 'line', source: BANDS_SOURCE, layout, paint: { 'line-color': '#3B2A1A', 'line-width': 1.6 } },
    {
      id: 'analysis-bands-label',
      type: 'symbol',
      source: BANDS_SOURCE,
      layout: {
        ...layout,
        'symbol-placement': 'line',
        'text-field': ['concat', ['get', 'band'], ' min'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
      },
      paint: { 'text-color': '#3B2A1A', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    },
  ]
}
