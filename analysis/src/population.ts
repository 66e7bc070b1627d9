/**
 * Population on the analysis grid, disaggregated from the Zensus 1 km grid.
 *
 * Rule (shown in the UI): each Zensus cell's inhabitants are distributed EVENLY
 * over the analysis cells whose centres fall inside it (16 at 250 m, 4 at 500 m,
 * 1 at 1 km) and that belong to the region grid. If none of them does (a Zensus
 * cell cut by the border at coarse resolution), all its inhabitants go to the
 * region cell nearest to its centre. So the total of the Zensus cells used is
 * conserved (up to floating-point rounding, < 1e-6 inhabitants); within a 1 km
 * cell the population is assumed uniform.
 *
 * @example
 * const cells = populationCellsFromGeoJSON(zensusFc).filter((c) => c.inRegion)
 * const { pop, total } = disaggregatePopulation(grid, cells) // total === 706300
 */
import type { AnalysisGrid } from './grid.ts'
import type { PopulationCellInput } from './inputs.ts'

export interface GridPopulation {
  /** Inhabitants per grid cell. */
  pop: Float64Array
  /** Sum of the Zensus cells used. */
  total: number
  /** Zensus cells whose inhabitants went to the nearest region cell (no sub-cell inside). */
  reassignedCells: number
}

export function disaggregatePopulation(grid: AnalysisGrid, cells: readonly PopulationCellInput[]): GridPopulation {
  const pop = new Float64Array(grid.n)
  const s = grid.cellSize
  let total = 0
  let reassignedCells = 0
  const targets: number[] = []
  for (const cell of cells) {
    if (cell.population === 0) continue
    total += cell.population
    targets.length = 0
    const k = Math.max(1, Math.round(cell.size / s))
    const c0 = Math.round((cell.x0 - grid.originX) / s)
    const r0 = Math.round((cell.y0 - grid.originY) / s)
    for (let r = r0; r < r0 + k; r++) {
      if (r < 0 || r >= grid.rows) continue
      for (let c = c0; c < c0 + k; c++) {
        if (c < 0 || c >= grid.cols) continue
        const i = grid.cellAt[r * grid.cols + c]!
        if (i >= 0) targets.push(i)
      }
    }
    if (targets.length === 0) {
      targets.push(nearestCell(grid, c0 + k / 2 - 0.5, r0 + k / 2 - 0.5))
      reassignedCells++
    }
    const share = cell.population / targets.length
    for (const i of targets) pop[i]! += share
  }
  return { pop, total, reassignedCells }
}

/** Nearest region cell to a fractional raster position (rings outwards, then exact). */
function nearestCell(grid: AnalysisGrid, cf: number, rf: number): number {
  let best = -1
  let bestD = Infinity
  for (let radius = 1; best < 0 || radius <= Math.ceil(Math.sqrt(bestD)) + 1; radius++) {
    for (let r = Math.floor(rf) - radius; r <= Math.ceil(rf) + radius; r++) {
      for (let c = Math.floor(cf) - radius; c <= Math.ceil(cf) + radius; c++) {
        if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) continue
        const i = grid.cellAt[r * grid.cols + c]!
        const d = (c - cf) ** 2 + (r - rf) ** 2
        if (i >= 0 && d < bestD) { bestD = d; best = i }
      }
    }
    if (radius > grid.cols + grid.rows) break
  }
  if (best < 0) throw new Error('grid has no cells')
  return best
}
