/**
 * What-if scenarios over a baseline reachability state. A scenario is plain data
 * (facility ids switched off, hypothetical facilities added), so it can live in
 * the URL. Moving from one scenario to the next applies only the difference, and
 * each step recomputes only the affected cells (see reachability.ts; the road
 * network model passes its own operations, network-reachability.ts).
 *
 * @example
 * const spec = { off: ['771234'], added: [{ id: 'neu-1', name: 'Neubau', type: 'krankenhaus', lon: 8.9, lat: 51.6 }] }
 * const st = applyScenario(baseline, spec)
 * const st2 = updateScenario(st, spec, { off: [], added: spec.added }) // re-opens 771234 only
 */
import type { FacilitySet } from './facilities.ts'
import type { FacilityInput } from './inputs.ts'
import { addHypotheticalFacility, setFacilityActive, type ReachState } from './reachability.ts'

export interface ScenarioSpec {
  /** Ids of real facilities switched off. */
  off: string[]
  /** Hypothetical facilities (ids must not clash with real ones). */
  added: FacilityInput[]
}

export const EMPTY_SCENARIO: ScenarioSpec = { off: [], added: [] }

/** What a scenario needs from a reachability model: switch a facility, add a hypothetical one. */
export interface ScenarioOps<S extends ScenarioState> {
  setActive(st: S, f: number, on: boolean): S
  addHypothetical(st: S, f: FacilityInput): S
}

export interface ScenarioState {
  facilities: FacilitySet
  active: Uint8Array
  changedCells: number
}

/** The straight-line model's operations (reachability.ts). */
export const STRAIGHT_LINE_OPS: ScenarioOps<ReachState> = { setActive: setFacilityActive, addHypothetical: addHypotheticalFacility }

function indexOfId(st: ScenarioState, id: string): number {
  const i = st.facilities.items.findIndex((f) => f.id === id)
  if (i < 0) throw new RangeError(`unknown facility id ${id}`)
  return i
}

/** The scenario applied to a baseline state (computed without any scenario). */
export function applyScenario(baseline: ReachState, spec: ScenarioSpec): ReachState {
  return updateScenario(baseline, EMPTY_SCENARIO, spec)
}

/** From a state computed for `from` to the state for `to`, touching only what differs. */
export function updateScenario(current: ReachState, from: ScenarioSpec, to: ScenarioSpec): ReachState
export function updateScenario<S extends ScenarioState>(current: S, from: ScenarioSpec, to: ScenarioSpec, ops: ScenarioOps<S>): S
export function updateScenario<S extends ScenarioState>(
  current: S, from: ScenarioSpec, to: ScenarioSpec, ops: ScenarioOps<S> = STRAIGHT_LINE_OPS as unknown as ScenarioOps<S>,
): S {
  let st = current
  let changed = 0
  const step = (next: S) => { changed += next.changedCells; st = next }
  for (const id of to.off) if (!from.off.includes(id)) step(ops.setActive(st, indexOfId(st, id), false))
  for (const id of from.off) if (!to.off.includes(id)) step(ops.setActive(st, indexOfId(st, id), true))
  const toAdded = new Map(to.added.map((f) => [f.id, f]))
  for (const f of from.added) {
    const same = toAdded.get(f.id)
    if (!same || same.lon !== f.lon || same.lat !== f.lat) {
      // removed or moved: the slot is switched off for good (indices stay stable)
      const slots = st.facilities.items.flatMap((g, i) => (g.id === f.id && st.active[i] === 1 ? [i] : []))
      for (const i of slots) step(ops.setActive(st, i, false))
    }
  }
  const fromAdded = new Map(from.added.map((f) => [f.id, f]))
  for (const f of to.added) {
    const old = fromAdded.get(f.id)
    if (!old || old.lon !== f.lon || old.lat !== f.lat) step(ops.addHypothetical(st, f))
  }
  return { ...st, changedCells: changed }
}
