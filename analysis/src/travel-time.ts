/**
 * Travel-time model: straight-line distance × detour factor / speed.
 *
 * Times are ESTIMATES from straight-line distance, not routed times; the UI must say
 * so. Defaults (all adjustable per call):
 * - walk 4.5 km/h and bike 15 km/h (the values the planning brief prescribes);
 * - car 50 km/h: our ASSUMPTION for a door-to-door average on rural roads in the
 *   region (Landstraße 70–100 km/h, Ortsdurchfahrten 50 km/h, access and parking
 *   at both ends). Calibrate against a router (e.g. openrouteservice) before using
 *   the figures for a G-BA style decision;
 * - detour factor 1.3 (network distance / straight-line distance).
 *
 * @example
 * travelMinutes(1000, 'walk')                 // 1000 m × 1.3 / 4.5 km/h = 17.33 min
 * travelMinutes(20000, 'car', { speedKmh: 60 }) // 26 min
 * distanceForMinutes(30, 'car')               // 19,231 m straight line = 30 car-minutes
 */

export type Mode = 'walk' | 'bike' | 'car'

export interface TravelModel {
  /** Average speed in km/h along the network. */
  speedKmh: number
  /** Network distance / straight-line distance, >= 1. */
  detourFactor: number
  /** Fixed minutes added to every trip (e.g. parking); default 0. */
  overheadMin: number
}

export const DEFAULT_SPEED_KMH: Readonly<Record<Mode, number>> = { walk: 4.5, bike: 15, car: 50 }
export const DEFAULT_DETOUR_FACTOR = 1.3

export const SPEED_SOURCES: Readonly<Record<Mode, string>> = {
  walk: '4,5 km/h Gehgeschwindigkeit (Vorgabe des Projekts)',
  bike: '15 km/h Radgeschwindigkeit (Vorgabe des Projekts)',
  car: '50 km/h mittlere Pkw-Geschwindigkeit im ländlichen Raum (Annahme, nicht geroutet)',
}

/** The model for a mode with optional overrides. */
export function travelModel(mode: Mode, overrides: Partial<TravelModel> = {}): TravelModel {
  const m: TravelModel = {
    speedKmh: DEFAULT_SPEED_KMH[mode],
    detourFactor: DEFAULT_DETOUR_FACTOR,
    overheadMin: 0,
    ...overrides,
  }
  if (!(m.speedKmh > 0)) throw new RangeError(`speedKmh must be > 0, got ${m.speedKmh}`)
  if (!(m.detourFactor >= 1)) throw new RangeError(`detourFactor must be >= 1, got ${m.detourFactor}`)
  if (!(m.overheadMin >= 0)) throw new RangeError(`overheadMin must be >= 0, got ${m.overheadMin}`)
  return m
}

/** Minutes per straight-line metre under a model (time = metres × this + overhead). */
export function minutesPerMetre(model: TravelModel): number {
  return (model.detourFactor * 60) / (model.speedKmh * 1000)
}

/** Estimated minutes for a straight-line distance in metres. */
export function travelMinutes(distanceM: number, mode: Mode, overrides: Partial<TravelModel> = {}): number {
  const model = travelModel(mode, overrides)
  return distanceM * minutesPerMetre(model) + model.overheadMin
}

/** Straight-line metres reachable in the given minutes (inverse of travelMinutes). */
export function distanceForMinutes(minutes: number, mode: Mode, overrides: Partial<TravelModel> = {}): number {
  const model = travelModel(mode, overrides)
  return Math.max(0, minutes - model.overheadMin) / minutesPerMetre(model)
}
