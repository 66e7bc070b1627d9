/**
 * Distances. The analysis measures in EPSG:25832 (planar, see projection.ts);
 * haversine is kept as an independent cross-check (spherical, mean radius
 * 6,371,008.8 m: within about 0.3 % of the ellipsoid at 52° N).
 *
 * @example
 * haversineM([8.7417, 51.7134], [8.7558, 51.7180]) // ≈ 1,091 m
 * planarM(496088.6, 5735062.3, 497088.6, 5735062.3) // 1000
 */

const R_MEAN = 6371008.8

export function haversineM(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLon = (b[0] - a[0]) * rad
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2
  return 2 * R_MEAN * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function planarM(x1: number, y1: number, x2: number, y2: number): number {
  return Math.hypot(x2 - x1, y2 - y1)
}
