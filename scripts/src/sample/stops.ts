/** Distances to the region's rail stops. */
import { centroid, distance, toXY, type Ring } from './geo.ts'
import type { RailStop } from './inputs.ts'

export function nearestStop(stops: RailStop[], xy: [number, number]): { stop: RailStop; d: number } {
  let best: { stop: RailStop; d: number } | null = null
  for (const stop of stops) {
    const d = distance(stop.xy, xy)
    if (!best || d < best.d) best = { stop, d }
  }
  if (!best) throw new Error('no rail stops')
  return best
}

/** Nearest stop to the centroid of a lon/lat ring. */
export const nearestStopToRing = (stops: RailStop[], ring: Ring): { stop: RailStop; d: number } =>
  nearestStop(stops, toXY(centroid(ring)))

/** "Brakel (Kr Höxter)" → "Brakel", "Paderborn-Schloß-Neuhaus" stays. */
export const stopPlace = (stop: RailStop): string => stop.name.replace(/\s*\(.*\)$/, '').replace(/ Hbf$/, '')
