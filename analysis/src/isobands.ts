/**
 * Isochrone bands (e.g. 0–10, 10–20, 20–30, > 30 minutes) from the grid's travel
 * times with Turf's isobands. Turf contours a regular matrix, so we hand it the
 * grid in raster index space (1 unit = 1 cell, scaled small so Turf's geodesic
 * ring ordering sees a flat plane) and map the rings back through EPSG:3035 to
 * longitude/latitude. Cells outside the region get a value above every break,
 * so the bands end at the region's edge (at cell resolution).
 *
 * @example
 * const bands = isochroneBands(grid, state.minutes, [0, 10, 20, 30]) // + a "> 30" band up to the slowest cell
 * bands.features[2].properties // { band: '20–30', fromMin: 20, toMin: 30 }
 */
import { isobands, point, featureCollection } from '@turf/turf'
import type { FeatureCollection, MultiPolygon, Position } from 'geojson'
import type { AnalysisGrid } from './grid.ts'
import { fromLaea } from './projection.ts'

const UNIT = 1e-3 // degrees per cell in Turf's working space (tiny: planar to 1e-7)

export function isochroneBands(
  grid: AnalysisGrid, minutes: Float64Array, breaks: readonly number[], digits = 6,
): FeatureCollection<MultiPolygon> {
  let maxIn = -Infinity
  for (let i = 0; i < grid.n; i++) if (Number.isFinite(minutes[i]!)) maxIn = Math.max(maxIn, minutes[i]!)
  const last = breaks[breaks.length - 1]!
  const allBreaks = maxIn > last ? [...breaks, maxIn + 1e-9] : [...breaks]
  const outside = (allBreaks[allBreaks.length - 1]! + 1) * 10
  // one ring of padding so bands close at the raster edge
  const cols = grid.cols + 2, rows = grid.rows + 2
  const pts = []
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const gc = c - 1, gr = r - 1
      const i = gc >= 0 && gr >= 0 && gc < grid.cols && gr < grid.rows ? grid.cellAt[gr * grid.cols + gc]! : -1
      const v = i >= 0 && Number.isFinite(minutes[i]!) ? minutes[i]! : outside
      pts.push(point([c * UNIT, r * UNIT], { t: v }))
    }
  const raw = isobands(featureCollection(pts), allBreaks, { zProperty: 't' })
  const f = 10 ** digits
  const toLonLat = ([u, v]: Position): Position => {
    const [lon, lat] = fromLaea(
      grid.originX + (u! / UNIT - 1 + 0.5) * grid.cellSize,
      grid.originY + (v! / UNIT - 1 + 0.5) * grid.cellSize,
    )
    return [Math.round(lon * f) / f, Math.round(lat * f) / f]
  }
  return featureCollection(
    raw.features
      .map((b, k) => {
        const fromMin = allBreaks[k]!, toMin = allBreaks[k + 1]!
        const open = k + 1 === allBreaks.length - 1 && toMin !== last
        return {
          type: 'Feature' as const,
          geometry: { type: 'MultiPolygon' as const, coordinates: b.geometry.coordinates.map((p) => p.map((ring) => ring.map(toLonLat))) },
          properties: { band: open ? `> ${fromMin}` : `${fromMin}–${toMin}`, fromMin, toMin: open ? null : toMin },
        }
      })
      .filter((b) => b.geometry.coordinates.length > 0),
  )
}
