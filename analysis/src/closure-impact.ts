/**
 * Per-facility closure impact, the G-BA logic: how many inhabitants would newly
 * need more than the threshold if this one facility closed (all others as in the
 * given state)? A site is indispensable ("bedarfsnotwendig") if that number is
 * 5,000 or more. One pass over the cells, thanks to the second-nearest facility
 * kept per cell: a cell is pushed beyond the threshold by closing its nearest
 * facility exactly when the nearest is within and the second-nearest is not.
 * `closureImpact` reads a straight-line state; `closureImpactOf` takes the two
 * nearest facilities per cell from any model (network-closure.ts for the roads).
 *
 * @example
 * const ranked = closureImpact(state, pop, 30)
 * ranked[0] // { id: '771215', name: '…', newlyBeyond: 8123, indispensable: true }
 */
import type { FacilitySet } from './facilities.ts'
import { GBA_INDISPENSABLE_POPULATION } from './presets.ts'
import type { ReachState } from './reachability.ts'
import { minutesPerMetre } from './travel-time.ts'

export interface ClosureImpact {
  index: number
  id: string
  name: string
  type: string
  careType?: string | null
  newlyBeyond: number
  indispensable: boolean
}

/** Per cell: minutes to the nearest active facility, its index, and minutes to the second-nearest. */
export interface CellTwoNearest {
  minutes1: Float64Array
  owner1: Int32Array
  minutes2: Float64Array
}

export function closureImpactOf(
  cells: CellTwoNearest, facilities: FacilitySet, active: Uint8Array, pop: Float64Array, thresholdMin: number,
  indispensableFrom = GBA_INDISPENSABLE_POPULATION,
): ClosureImpact[] {
  const impact = new Float64Array(facilities.items.length)
  for (let c = 0; c < pop.length; c++) {
    const p = pop[c]!
    const f = cells.owner1[c]!
    if (p <= 0 || f < 0) continue
    if (cells.minutes1[c]! > thresholdMin) continue
    if (cells.minutes2[c]! > thresholdMin) impact[f]! += p
  }
  const out: ClosureImpact[] = []
  facilities.items.forEach((f, i) => {
    if (active[i] !== 1) return
    out.push({
      index: i, id: f.id, name: f.name, type: f.type, careType: f.careType ?? null, newlyBeyond: impact[i]!,
      indispensable: impact[i]! >= indispensableFrom,
    })
  })
  return out.sort((a, b) => b.newlyBeyond - a.newlyBeyond || a.name.localeCompare(b.name, 'de'))
}

export function closureImpact(
  st: ReachState, pop: Float64Array, thresholdMin: number, indispensableFrom = GBA_INDISPENSABLE_POPULATION,
): ClosureImpact[] {
  const mpm = minutesPerMetre(st.model)
  const minutes2 = Float64Array.from(st.d2, (d, c) => (st.i2[c]! < 0 ? Infinity : d * mpm + st.model.overheadMin))
  return closureImpactOf({ minutes1: st.minutes, owner1: st.i1, minutes2 }, st.facilities, st.active, pop, thresholdMin, indispensableFrom)
}
