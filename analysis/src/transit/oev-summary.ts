/**
 * Inhabitants per ÖV-Güteklasse, for the region and each municipality: what the
 * municipality profile and the analysis panel show.
 *
 * @example
 * const s = populationByOevClass(classes, grid, pop)
 * s.region[1] // inhabitants in class A (index 0 = no class, 1 = A … 6 = F)
 */
import type { AnalysisGrid } from '../grid.ts'

export interface OevClassPopulation {
  region: number[]
  municipalities: { ags: string; name: string; byClass: number[] }[]
}

export function populationByOevClass(classes: Uint8Array, grid: AnalysisGrid, pop: Float64Array): OevClassPopulation {
  const region = new Array<number>(7).fill(0)
  const per = grid.municipalities.map(() => new Array<number>(7).fill(0))
  for (let c = 0; c < grid.n; c++) {
    const p = pop[c]!
    if (p <= 0) continue
    region[classes[c]!]! += p
    const m = grid.muni[c]!
    if (m >= 0) per[m]![classes[c]!]! += p
  }
  return { region, municipalities: grid.municipalities.map((m, i) => ({ ags: m.ags, name: m.name, byClass: per[i]! })) }
}
