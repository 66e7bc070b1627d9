/**
 * Access legs: a grid cell, a site or a facility joins the network at the nearest
 * node the mode may use, along a straight line × 1.3 (the straight-line model's
 * detour factor) at the mode's access speed: walking 4.5 km/h, cycling 15 km/h,
 * and 25 km/h by car (the OSRM car profile's residential-street speed: the last
 * metres on local streets and the car park).
 *
 * @example
 * const snap = snapPoints(car, xs, ys)
 * snap.node[i]     // nearest car node of point i
 * snap.seconds[i]  // seconds of its access leg
 */
import type { NetworkMode } from '@regiopol/geodata'
import { PointIndex } from '../nearest.ts'
import { DEFAULT_DETOUR_FACTOR } from '../travel-time.ts'
import type { ModeGraph } from './mode-graph.ts'

export const ACCESS_KMH: Readonly<Record<NetworkMode, number>> = { car: 25, bike: 15, foot: 4.5 }

export interface Snap {
  node: Int32Array
  seconds: Float64Array
  /** Straight-line metres to that node. */
  metres: Float64Array
}

const indexes = new WeakMap<ModeGraph, PointIndex>()

/** The spatial index over the nodes the mode may use (built once per graph). */
function nodeIndex(g: ModeGraph): PointIndex {
  let idx = indexes.get(g)
  if (!idx) { idx = new PointIndex(g.x, g.y); indexes.set(g, idx) }
  return idx
}

export function accessSeconds(metres: number, mode: NetworkMode): number {
  return (metres * DEFAULT_DETOUR_FACTOR) / (ACCESS_KMH[mode] / 3.6)
}

export function snapPoints(g: ModeGraph, xs: ArrayLike<number>, ys: ArrayLike<number>): Snap {
  const idx = nodeIndex(g)
  const n = xs.length
  const out: Snap = { node: new Int32Array(n), seconds: new Float64Array(n), metres: new Float64Array(n) }
  const hit = { i1: -1, d1: 0, i2: -1, d2: 0 }
  for (let i = 0; i < n; i++) {
    idx.nearest2(xs[i]!, ys[i]!, g.usable, hit)
    out.node[i] = hit.i1
    out.metres[i] = hit.d1
    out.seconds[i] = hit.i1 < 0 ? Infinity : accessSeconds(hit.d1, g.mode)
  }
  return out
}
