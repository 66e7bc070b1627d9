/**
 * Inhabitants inside rail stop catchments, from the Zensus 1 km grid.
 *
 * Partial cells: a Zensus cell's inhabitants are assumed evenly spread over the
 * cell (the same rule as population.ts). Each cell is split into `split` × `split`
 * sub-cells (default 10, i.e. 100 m) and a sub-cell counts when its centre lies
 * within the radius. Per stop, overlapping catchments each count the same people;
 * per municipality (the Zensus cell's municipality) and for the region each
 * sub-cell counts once, however many stops reach it.
 *
 * @example
 * const r = catchmentPopulation(stops, zensusCells, 1200)
 * r.perStop.get('8000297')  // inhabitants within 1,200 m of Paderborn Hbf
 * r.region                  // inhabitants within 1,200 m of any stop
 */
import type { PopulationCellInput, StopInput } from './inputs.ts'
import { PointIndex } from './nearest.ts'
import { laeaToUtm32, toUtm32 } from './projection.ts'

export interface CatchmentPopulation {
  radiusM: number
  perStop: Map<string, number>
  perMunicipality: Map<string, number>
  region: number
}

export function catchmentPopulation(
  stops: readonly StopInput[], cells: readonly PopulationCellInput[], radiusM: number, split = 10,
): CatchmentPopulation {
  const xs = new Float64Array(stops.length), ys = new Float64Array(stops.length)
  stops.forEach((s, i) => { [xs[i], ys[i]] = toUtm32(s.lon, s.lat) })
  const idx = new PointIndex(xs, ys)
  const perStop = new Float64Array(stops.length)
  const perMunicipality = new Map<string, number>()
  let region = 0
  const r2 = radiusM * radiusM
  for (const cell of cells) {
    if (cell.population <= 0) continue
    const [cx, cy] = laeaToUtm32(cell.x0 + cell.size / 2, cell.y0 + cell.size / 2)
    const halfDiag = (cell.size * Math.SQRT2) / 2 + 1
    if (idx.nearest2(cx, cy).d1 > radiusM + halfDiag) continue // no stop reaches this cell
    const near = idx.within(cx, cy, radiusM + halfDiag)
    // exact corners, bilinear inside (error about a millimetre over 1 km)
    const [ax, ay] = laeaToUtm32(cell.x0, cell.y0)
    const [bx, by] = laeaToUtm32(cell.x0 + cell.size, cell.y0)
    const [dx, dy] = laeaToUtm32(cell.x0, cell.y0 + cell.size)
    const [ex, ey] = laeaToUtm32(cell.x0 + cell.size, cell.y0 + cell.size)
    const w = cell.population / (split * split)
    let inUnion = 0
    for (let i = 0; i < split; i++)
      for (let j = 0; j < split; j++) {
        const u = (i + 0.5) / split, v = (j + 0.5) / split
        const px = (1 - u) * (1 - v) * ax + u * (1 - v) * bx + (1 - u) * v * dx + u * v * ex
        const py = (1 - u) * (1 - v) * ay + u * (1 - v) * by + (1 - u) * v * dy + u * v * ey
        let any = false
        for (const s of near) {
          if ((xs[s]! - px) ** 2 + (ys[s]! - py) ** 2 <= r2) { perStop[s]! += w; any = true }
        }
        if (any) inUnion += w
      }
    if (inUnion > 0) {
      region += inUnion
      const key = cell.municipalityAgs ?? ''
      perMunicipality.set(key, (perMunicipality.get(key) ?? 0) + inUnion)
    }
  }
  return {
    radiusM,
    perStop: new Map(stops.map((s, i) => [s.id, perStop[i]!])),
    perMunicipality,
    region,
  }
}
