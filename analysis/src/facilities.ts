/**
 * A set of point facilities (hospitals, stops, ...) projected to EPSG:25832 with
 * a spatial index, plus hypothetical facilities added in what-if scenarios. The
 * index covers the real facilities; hypothetical ones (a handful of clicks) are
 * checked linearly on top, so adding one never rebuilds the index.
 *
 * @example
 * const set = createFacilitySet(facilitiesFromGeoJSON(hospitalsFc))
 * const more = withHypotheticalFacility(set, { id: 'neu-1', name: 'Neu', type: 'krankenhaus', lon: 8.9, lat: 51.7 })
 * nearestActive(more, x, y, active) // { i1, d1, i2, d2 } over both
 */
import type { FacilityInput } from './inputs.ts'
import { PointIndex, type Nearest2 } from './nearest.ts'
import { toUtm32 } from './projection.ts'

export interface FacilitySet {
  /** Facilities 0..baseCount-1 are indexed; later ones are hypothetical. */
  items: readonly FacilityInput[]
  baseCount: number
  xs: Float64Array
  ys: Float64Array
  index: PointIndex
}

export function createFacilitySet(items: readonly FacilityInput[]): FacilitySet {
  const xs = new Float64Array(items.length)
  const ys = new Float64Array(items.length)
  items.forEach((f, i) => {
    const [x, y] = toUtm32(f.lon, f.lat)
    xs[i] = x
    ys[i] = y
  })
  return { items, baseCount: items.length, xs, ys, index: new PointIndex(xs, ys) }
}

/** A new set with one more (hypothetical) facility at the end; the index is shared. */
export function withHypotheticalFacility(set: FacilitySet, f: FacilityInput): FacilitySet {
  const n = set.items.length
  const xs = new Float64Array(n + 1)
  const ys = new Float64Array(n + 1)
  xs.set(set.xs)
  ys.set(set.ys)
  const [x, y] = toUtm32(f.lon, f.lat)
  xs[n] = x
  ys[n] = y
  return { items: [...set.items, f], baseCount: set.baseCount, xs, ys, index: set.index }
}

/** Nearest and second-nearest active facility (indexed ones, then hypothetical ones). */
export function nearestActive(set: FacilitySet, x: number, y: number, active: Uint8Array, out?: Nearest2): Nearest2 {
  const r = set.index.nearest2(x, y, active, out)
  for (let k = set.baseCount; k < set.items.length; k++) {
    if (active[k] === 0) continue
    const dx = set.xs[k]! - x, dy = set.ys[k]! - y
    const d = Math.sqrt(dx * dx + dy * dy)
    if (d < r.d1) { r.d2 = r.d1; r.i2 = r.i1; r.d1 = d; r.i1 = k } else if (d < r.d2) { r.d2 = d; r.i2 = k }
  }
  return r
}

/**
 * Active mask: facilities of the given types and care types (all if a list is empty),
 * minus ids switched off. A facility without a care type (a hypothetical one) counts.
 */
export function activeMask(
  set: FacilitySet, types: readonly string[], off: readonly string[] = [], careTypes: readonly string[] = [],
): Uint8Array {
  const offSet = new Set(off)
  const mask = new Uint8Array(set.items.length)
  set.items.forEach((f, i) => {
    mask[i] = matchesFacilityFilter(f, types, careTypes) && !offSet.has(f.id) ? 1 : 0
  })
  return mask
}

/** Whether a facility is of the given types and care types (all if a list is empty). */
export function matchesFacilityFilter(
  f: Pick<FacilityInput, 'type' | 'careType'>, types: readonly string[], careTypes: readonly string[] = [],
): boolean {
  const typeOk = types.length === 0 || types.includes(f.type)
  return typeOk && (careTypes.length === 0 || f.careType == null || careTypes.includes(f.careType))
}

/** What a health indicator counts by default: general hospitals (G-BA basic inpatient care). */
export const GBA_CARE_TYPES: readonly string[] = ['general']
