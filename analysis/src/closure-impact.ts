/**
 * Per-facility closure impact, the G-BA logic: how many inhabitants would newly
 * need more than the threshold if this one facility closed (all others as in the
 * given state)? A site is indispensable ("bedarfsnotwendig") if that number is
 * 5,000 or more. One pass over the cells, thanks to the second-nearest facility
 * kept per cell: a cell is pushed beyond the threshold by closing its nearest
 * facility exactly when the nearest is within and the second-nearest is not.
 *
 * @example
 * const ranked = closureImpact(state, pop, 30)
 * ranked[0] // { id: '771215', name: '…', newlyBeyond: 8123, indispensable: true }
 */
import { GBA_INDISPENSABLE_POPULATION } from './presets.ts'
import type { ReachState } from './reachability.ts'
import { minutesPerMetre } from './travel-time.ts'

export interface ClosureImpact {
  index: number
  id: string
  name: string
  type: string
  newlyBeyond: number
  indispensable: boolean
}

export function closureImpact(
  st: ReachState, pop: Float64Array, thresholdMin: number, indispensableFrom = GBA_INDISPENSABLE_POPULATION,
): ClosureImpact[] {
  const impact = new Float64Array(st.facilities.items.length)
  const mpm = minutesPerMetre(st.model)
  const { overheadMin } = st.model
  for (let c = 0; c < st.grid.n; c++) {
    const p = pop[c]!
    if (p <= 0 || st.i1[c]! < 0) continue
    if (st.minutes[c]! > thresholdMin) continue
    const t2 = st.i2[c]! < 0 ? Infinity : st.d2[c]! * mpm + overheadMin
    if (t2 > thresholdMin) impact[st.i1[c]!]! += p
  }
  const out: ClosureImpact[] = []
  st.facilities.items.forEach((f, i) => {
    if (st.active[i] !== 1) return
    out.push({
      index: i, id: f.id, name: f.name, type: f.type, newlyBeyond: impact[i]!,
      indispensable: impact[i]! >= indispensableFrom,
    })
  })
  return out.sort((a, b) => b.newlyBeyond - a.newlyBeyond || a.name.localeCompare(b.name, 'de'))
}
