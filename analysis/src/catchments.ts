/**
 * Rail stop catchments: one circle per stop (radius in metres, drawn in
 * EPSG:25832 and returned in longitude/latitude), and the region's merged
 * catchment. Before any union the circles are grouped with the stop index:
 * only circles whose centres are closer than 2r can overlap, so Turf's union runs
 * per cluster of overlapping circles, never over all of them at once.
 *
 * @example
 * const perStop = stopCatchments(stops, 600)          // FeatureCollection<Polygon>, one per stop
 * const merged = mergedCatchment(stops, 600)           // Feature<MultiPolygon> for the region
 */
import { featureCollection, multiPolygon, polygon, union } from '@turf/turf'
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import type { StopInput } from './inputs.ts'
import { PointIndex } from './nearest.ts'
import { circleRing, ringToLonLat } from './polygon.ts'
import { toUtm32 } from './projection.ts'

function projected(stops: readonly StopInput[]): PointIndex {
  const xs = new Float64Array(stops.length), ys = new Float64Array(stops.length)
  stops.forEach((s, i) => { [xs[i], ys[i]] = toUtm32(s.lon, s.lat) })
  return new PointIndex(xs, ys)
}

export function stopCatchments(stops: readonly StopInput[], radiusM: number, steps = 64): FeatureCollection<Polygon> {
  const idx = projected(stops)
  return featureCollection(
    stops.map((s, i) =>
      polygon([ringToLonLat(circleRing(idx.xs[i]!, idx.ys[i]!, radiusM, steps))], {
        stopId: s.id, name: s.name, radiusM,
      }),
    ),
  )
}

export function mergedCatchment(stops: readonly StopInput[], radiusM: number, steps = 64): Feature<MultiPolygon> {
  const idx = projected(stops)
  // union-find over circles that can overlap (centres < 2r apart, found with the index)
  const parent = stops.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  stops.forEach((_, i) => {
    for (const j of idx.within(idx.xs[i]!, idx.ys[i]!, 2 * radiusM)) parent[find(j)] = find(i)
  })
  const clusters = new Map<number, number[]>()
  stops.forEach((_, i) => {
    const root = find(i)
    clusters.set(root, [...(clusters.get(root) ?? []), i])
  })
  const polys: Position[][][] = []
  for (const members of clusters.values()) {
    const circles = members.map((i) => polygon([ringToLonLat(circleRing(idx.xs[i]!, idx.ys[i]!, radiusM, steps))]))
    if (circles.length === 1) { polys.push(circles[0]!.geometry.coordinates); continue }
    const merged = union(featureCollection(circles))
    if (!merged) continue
    if (merged.geometry.type === 'Polygon') polys.push(merged.geometry.coordinates)
    else polys.push(...merged.geometry.coordinates)
  }
  return multiPolygon(polys, { radiusM, stops: stops.length, clusters: clusters.size })
}
