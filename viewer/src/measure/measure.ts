import { area, length, lineString, polygon } from '@turf/turf'
import { formatNumber, type Language } from '../i18n/index.ts'

export type Point = [number, number]

/** Length of the clicked path in metres (geodesic, as Turf measures on the sphere). */
export function pathLength(points: readonly Point[]): number {
  if (points.length < 2) return 0
  return length(lineString(points.map((p) => [...p])), { units: 'kilometers' }) * 1000
}

/** Area of the polygon closed from the clicked points in square metres. */
export function polygonArea(points: readonly Point[]): number {
  if (points.length < 3) return 0
  const ring = [...points.map((p) => [...p]), [...points[0]!]]
  return area(polygon([ring]))
}

/** "850 m", "12,4 km" */
export function formatDistance(metres: number, language: Language): string {
  return metres < 1000 ? `${formatNumber(Math.round(metres), language)} m` : `${formatNumber(metres / 1000, language, 2)} km`
}

/** Always hectares, the unit planners use: "0,25 ha", "1.234,5 ha". */
export function formatArea(squareMetres: number, language: Language): string {
  const ha = squareMetres / 10_000
  return `${formatNumber(ha, language, ha < 10 ? 2 : 1)} ha`
}
