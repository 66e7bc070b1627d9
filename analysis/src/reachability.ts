/**
 * Travel time from every grid cell to its nearest active facility. For each cell
 * we keep the nearest AND second-nearest facility, so a what-if change only
 * touches the cells it can affect:
 * - switching a facility off re-queries the index only for cells whose nearest or
 *   second-nearest it was;
 * - switching one on (or adding a hypothetical one) is one distance per cell,
 *   compared against the two kept distances.
 * States are immutable: every change returns a new state (arrays copied), so the
 * baseline stays available for deltas.
 *
 * @example
 * const base = computeReachability(grid, hospitals, activeMask(hospitals, ['krankenhaus']), travelModel('car'))
 * base.minutes[123]                                  // car-minutes of cell 123
 * const closed = setFacilityActive(base, 7, false)   // hospital 7 closed
 * closed.changedCells                                // only the cells that changed
 */
import type { AnalysisGrid } from './grid.ts'
import { nearestActive, withHypotheticalFacility, type FacilitySet } from './facilities.ts'
import type { FacilityInput } from './inputs.ts'
import type { Nearest2 } from './nearest.ts'
import { minutesPerMetre, type TravelModel } from './travel-time.ts'

export interface ReachState {
  grid: AnalysisGrid
  facilities: FacilitySet
  active: Uint8Array
  model: TravelModel
  i1: Int32Array
  d1: Float64Array
  i2: Int32Array
  d2: Float64Array
  /** Minutes to the nearest active facility (Infinity if none is active). */
  minutes: Float64Array
  /** Cells recomputed by the change that produced this state (all for a full run). */
  changedCells: number
}

export function computeReachability(
  grid: AnalysisGrid, facilities: FacilitySet, active: Uint8Array, model: TravelModel,
): ReachState {
  const n = grid.n
  const st: ReachState = {
    grid, facilities, active: active.slice(), model,
    i1: new Int32Array(n), d1: new Float64Array(n), i2: new Int32Array(n), d2: new Float64Array(n),
    minutes: new Float64Array(n), changedCells: n,
  }
  const scratch: Nearest2 = { i1: -1, d1: 0, i2: -1, d2: 0 }
  for (let c = 0; c < n; c++) requery(st, c, scratch)
  return st
}

function requery(st: ReachState, c: number, scratch: Nearest2): void {
  const r = nearestActive(st.facilities, st.grid.x[c]!, st.grid.y[c]!, st.active, scratch)
  st.i1[c] = r.i1; st.d1[c] = r.d1; st.i2[c] = r.i2; st.d2[c] = r.d2
  st.minutes[c] = timeOf(st.model, r.d1)
}

function timeOf(model: TravelModel, d: number): number {
  return d === Infinity ? Infinity : d * minutesPerMetre(model) + model.overheadMin
}

function copyState(st: ReachState, facilities = st.facilities): ReachState {
  const active = new Uint8Array(facilities.items.length)
  active.set(st.active)
  return {
    ...st, facilities, active,
    i1: st.i1.slice(), d1: st.d1.slice(), i2: st.i2.slice(), d2: st.d2.slice(), minutes: st.minutes.slice(),
  }
}

/** Switch facility f on or off; recomputes only the cells that can change. */
export function setFacilityActive(st: ReachState, f: number, on: boolean): ReachState {
  if ((st.active[f] === 1) === on) return { ...st, changedCells: 0 }
  const next = copyState(st)
  next.active[f] = on ? 1 : 0
  let changed = 0
  if (on) {
    const fx = next.facilities.xs[f]!, fy = next.facilities.ys[f]!
    const { x, y, n } = next.grid
    for (let c = 0; c < n; c++) {
      // same arithmetic as the index query, so toggling back restores identical numbers
      const dx = fx - x[c]!, dy = fy - y[c]!
      const d = Math.sqrt(dx * dx + dy * dy)
      if (d < next.d1[c]!) {
        next.i2[c] = next.i1[c]!; next.d2[c] = next.d1[c]!; next.i1[c] = f; next.d1[c] = d
        next.minutes[c] = timeOf(next.model, d)
        changed++
      } else if (d < next.d2[c]!) {
        next.i2[c] = f; next.d2[c] = d
        changed++
      }
    }
  } else {
    const scratch: Nearest2 = { i1: -1, d1: 0, i2: -1, d2: 0 }
    for (let c = 0; c < next.grid.n; c++) {
      if (next.i1[c] === f || next.i2[c] === f) { requery(next, c, scratch); changed++ }
    }
  }
  next.changedCells = changed
  return next
}

/** Add a hypothetical facility (active) and update the cells it is nearer to. */
export function addHypotheticalFacility(st: ReachState, f: FacilityInput): ReachState {
  const facilities = withHypotheticalFacility(st.facilities, f)
  const widened = copyState(st, facilities) // new slot starts inactive
  return setFacilityActive(widened, facilities.items.length - 1, true)
}
