/**
 * ÖV-Güteklassen (public transport quality classes A–F) after the method of the Swiss
 * Federal Office for Spatial Development (ARE, "ÖV-Güteklassen – Berechnungsmethodik
 * ARE", edition 2022), as German planning tools (e.g. GOAT) adopt it:
 * 1. each stop gets a category I–VI from its mean interval between 6 and 20 o'clock
 *    (departures of both directions halved) and its best mode (rail, or tram/bus);
 * 2. each point gets the best class over the stops within 1,000 m, by the stop's
 *    category and the straight-line distance band (300 / 500 / 750 / 1,000 m).
 * Every number is a parameter (OEV_PARAMS_ARE_2022) the UI may change. Our reading of
 * the method: the rail-node column (Bahnknoten) is folded into rail; check against the
 * ARE edition before a decision.
 *
 * @example
 * const rated = rateStops([...stopDepartures(feed, '20261208').values()])
 * const cls = oevClassesAt(rated, xs, ys) // Uint8Array: 1 = A … 6 = F, 0 = no class
 */
import { PointIndex } from '../nearest.ts'
import { toUtm32 } from '../projection.ts'
import { FIRST_HOUR, LAST_HOUR, type StopDepartures } from './departures.ts'

export const OEV_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type OevClass = (typeof OEV_CLASSES)[number]
/** Stop categories I..VI as 1..6. */
export type StopCategory = 1 | 2 | 3 | 4 | 5 | 6

export interface OevParams {
  version: string
  /** Departures are counted in both directions; the interval uses departures / this. */
  directionFactor: number
  /** Interval bands: up to `maxMin` minutes the stop gets `rail` or `tramBus` as category. */
  intervals: { maxMin: number; rail: StopCategory; tramBus: StopCategory }[]
  /** Upper bounds of the distance bands in metres. */
  distanceBandsM: number[]
  /** Class index (0 = A … 5 = F, null = none) per category (I..VI) and distance band. */
  classes: Record<StopCategory, (number | null)[]>
}

export const OEV_PARAMS_ARE_2022: OevParams = {
  version: 'ARE, ÖV-Güteklassen Berechnungsmethodik, Ausgabe 2022 (Lesart dieses Projekts)',
  directionFactor: 2,
  intervals: [
    { maxMin: 5, rail: 1, tramBus: 2 },
    { maxMin: 10, rail: 2, tramBus: 3 },
    { maxMin: 20, rail: 3, tramBus: 4 },
    { maxMin: 40, rail: 4, tramBus: 5 },
    { maxMin: 60, rail: 5, tramBus: 6 },
    { maxMin: 120, rail: 6, tramBus: 6 },
  ],
  distanceBandsM: [300, 500, 750, 1000],
  classes: {
    1: [0, 0, 1, 2],
    2: [0, 1, 2, 3],
    3: [1, 2, 3, 4],
    4: [2, 3, 4, 5],
    5: [3, 4, 5, null],
    6: [4, 5, null, null],
  },
}

export interface RatedStop {
  stopId: string
  name: string
  lon: number
  lat: number
  /** Mean interval in minutes of the best mode, Infinity without departures. */
  intervalMin: number
  category: StopCategory | null
}

const WINDOW_MIN = (LAST_HOUR - FIRST_HOUR) * 60

export function intervalMinutes(departures: number, p: OevParams = OEV_PARAMS_ARE_2022): number {
  return departures > 0 ? WINDOW_MIN / (departures / p.directionFactor) : Infinity
}

export function stopCategory(d: Pick<StopDepartures, 'total'>, p: OevParams = OEV_PARAMS_ARE_2022): { intervalMin: number; category: StopCategory | null } {
  const rail = intervalMinutes(d.total.rail, p), tramBus = intervalMinutes(d.total.tram + d.total.bus, p)
  const cat = (interval: number, col: 'rail' | 'tramBus') => p.intervals.find((b) => interval <= b.maxMin)?.[col] ?? null
  const cands = [cat(rail, 'rail'), cat(tramBus, 'tramBus')].filter((c): c is StopCategory => c !== null)
  return { intervalMin: Math.min(rail, tramBus), category: cands.length ? (Math.min(...cands) as StopCategory) : null }
}

export function rateStops(stops: readonly StopDepartures[], p: OevParams = OEV_PARAMS_ARE_2022): RatedStop[] {
  return stops.map((s) => ({ stopId: s.stopId, name: s.name, lon: s.lon, lat: s.lat, ...stopCategory(s, p) }))
}

/** Best class (1 = A … 6 = F, 0 = none) at each point (EPSG:25832 metres). */
export function oevClassesAt(stops: readonly RatedStop[], xs: ArrayLike<number>, ys: ArrayLike<number>, p: OevParams = OEV_PARAMS_ARE_2022): Uint8Array {
  const rated = stops.filter((s) => s.category !== null)
  const sx = new Float64Array(rated.length), sy = new Float64Array(rated.length)
  rated.forEach((s, i) => { const [x, y] = toUtm32(s.lon, s.lat); sx[i] = x; sy[i] = y })
  const index = new PointIndex(sx, sy)
  const maxM = p.distanceBandsM[p.distanceBandsM.length - 1]!
  const out = new Uint8Array(xs.length)
  for (let i = 0; i < xs.length; i++) {
    let best = Infinity
    for (const k of index.within(xs[i]!, ys[i]!, maxM)) {
      const d = Math.hypot(sx[k]! - xs[i]!, sy[k]! - ys[i]!)
      const band = p.distanceBandsM.findIndex((b) => d < b)
      const cls = band < 0 ? null : p.classes[rated[k]!.category!][band]
      if (cls !== null && cls !== undefined && cls < best) best = cls
    }
    out[i] = best === Infinity ? 0 : best + 1
  }
  return out
}
