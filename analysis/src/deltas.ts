/**
 * Scenario against baseline, cell by cell: inhabitants newly beyond / newly within
 * each threshold, the change of the share within it (percentage points of all
 * inhabitants) and of the mean time, per municipality and for the region; plus
 * German sentences for the indicator panel.
 *
 * @example
 * const d = scenarioDeltas(base.minutes, scen.minutes, grid, pop, [30])
 * d.region.newlyBeyond[0]          // 4120.5
 * formatDeltaDe(d.region, 0, 30)   // ['−0,6 % der Einwohner innerhalb von 30 Minuten', '4.121 Einwohner neu über 30 Minuten']
 */
import type { AnalysisGrid } from './grid.ts'

export interface AreaDelta {
  ags: string | null
  name: string
  population: number
  newlyBeyond: number[]
  newlyWithin: number[]
  /** Change of the within-share in percentage points (of all inhabitants of the area). */
  sharePp: number[]
  meanDeltaMin: number
}

export interface ScenarioDeltas {
  thresholds: number[]
  region: AreaDelta
  municipalities: AreaDelta[]
}

export function scenarioDeltas(
  base: Float64Array, scen: Float64Array, grid: AnalysisGrid, pop: Float64Array, thresholds: readonly number[],
): ScenarioDeltas {
  const A = grid.municipalities.length + 1
  const R = A - 1
  const T = thresholds.length
  const P = new Float64Array(A), beyond = new Float64Array(A * T), within = new Float64Array(A * T)
  const dt = new Float64Array(A)
  for (let c = 0; c < grid.n; c++) {
    const p = pop[c]!
    if (p <= 0) continue
    const b = base[c]!, s = scen[c]!
    const m = grid.muni[c]!
    for (let pass = 0; pass < 2; pass++) {
      const a = pass === 0 ? m : R
      if (a < 0) continue
      P[a]! += p
      if (b !== s) {
        // Infinity - Infinity would be NaN; a cell without any facility counts as unchanged
        if (Number.isFinite(b) && Number.isFinite(s)) dt[a]! += p * (s - b)
        for (let k = 0; k < T; k++) {
          const th = thresholds[k]!
          if (b <= th && s > th) beyond[a * T + k]! += p
          else if (b > th && s <= th) within[a * T + k]! += p
        }
      }
    }
  }
  const area = (a: number, ags: string | null, name: string): AreaDelta => {
    const nb = thresholds.map((_, k) => beyond[a * T + k]!)
    const nw = thresholds.map((_, k) => within[a * T + k]!)
    return {
      ags, name, population: P[a]!, newlyBeyond: nb, newlyWithin: nw,
      sharePp: nb.map((x, k) => (P[a]! > 0 ? ((nw[k]! - x) / P[a]!) * 100 : 0)),
      meanDeltaMin: P[a]! > 0 ? dt[a]! / P[a]! : 0,
    }
  }
  return {
    thresholds: [...thresholds],
    region: area(R, null, 'Region'),
    municipalities: grid.municipalities.map((m, i) => area(i, m.ags, m.name)),
  }
}

const pct = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' })
const int = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 })

/** German sentences for threshold k of an area delta (empty lines are left out). */
export function formatDeltaDe(d: AreaDelta, k: number, thresholdMin: number): string[] {
  const lines = [`${pct.format(d.sharePp[k]!).replace('-', '−')} % der Einwohner innerhalb von ${thresholdMin} Minuten`]
  if (Math.round(d.newlyBeyond[k]!) > 0) lines.push(`${int.format(d.newlyBeyond[k]!)} Einwohner neu über ${thresholdMin} Minuten`)
  if (Math.round(d.newlyWithin[k]!) > 0) lines.push(`${int.format(d.newlyWithin[k]!)} Einwohner neu innerhalb von ${thresholdMin} Minuten`)
  return lines
}
