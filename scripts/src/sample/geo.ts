/**
 * Plain planar geometry for generating sample shapes. Positions are [lon, lat]; checks run in a
 * local equirectangular metre grid (x east, y north) around 51.7° N, which is accurate to well
 * under 1 % across the region. Areas use the WGS84 scale at the shape's own latitude.
 */
export type Pos = [number, number]
export type Ring = Pos[]

const A = 6378137
const E2 = 0.00669437999014
const RAD = Math.PI / 180
export const LON0 = 8.8
export const LAT0 = 51.7

/** Metres per degree of latitude and longitude at a latitude (WGS84 ellipsoid). */
export function metresPerDegree(lat: number): { kx: number; ky: number } {
  const s = Math.sin(lat * RAD)
  const w = 1 - E2 * s * s
  return { ky: ((A * (1 - E2)) / Math.pow(w, 1.5)) * RAD, kx: ((A * Math.cos(lat * RAD)) / Math.sqrt(w)) * RAD }
}
const K0 = metresPerDegree(LAT0)

export const toXY = (p: Pos): Pos => [(p[0] - LON0) * K0.kx, (p[1] - LAT0) * K0.ky]
export const fromXY = (p: Pos): Pos => [p[0] / K0.kx + LON0, p[1] / K0.ky + LAT0]
export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6

/** Signed shoelace area of a closed or open ring (positive = counter-clockwise). */
export function signedArea(ring: Ring): number {
  let s = 0
  const n = ring.length
  for (let i = 0; i < n; i++) {
    const a = ring[i] as Pos
    const b = ring[(i + 1) % n] as Pos
    s += a[0] * b[1] - b[0] * a[1]
  }
  return s / 2
}

/** A lon/lat ring in metres around its own mean latitude. */
function localMetres(ring: Ring): { pts: Ring; lon0: number; lat0: number; kx: number; ky: number } {
  const lat0 = ring.reduce((s, p) => s + p[1], 0) / ring.length
  const lon0 = ring.reduce((s, p) => s + p[0], 0) / ring.length
  const { kx, ky } = metresPerDegree(lat0)
  return { pts: ring.map((p) => [(p[0] - lon0) * kx, (p[1] - lat0) * ky] as Pos), lon0, lat0, kx, ky }
}

/** Area in m² of a lon/lat ring. */
export const areaM2 = (ring: Ring): number => Math.abs(signedArea(localMetres(ring).pts))

/** Area-weighted centroid of a lon/lat ring. */
export function centroid(ring: Ring): Pos {
  const { pts, lon0, lat0, kx, ky } = localMetres(ring)
  let cx = 0
  let cy = 0
  const n = pts.length
  for (let i = 0; i < n; i++) {
    const a = pts[i] as Pos
    const b = pts[(i + 1) % n] as Pos
    const f = a[0] * b[1] - b[0] * a[1]
    cx += (a[0] + b[0]) * f
    cy += (a[1] + b[1]) * f
  }
  const a6 = 6 * signedArea(pts)
  return [cx / a6 / kx + lon0, cy / a6 / ky + lat0]
}

/** Ray-casting point-in-ring test (any planar coordinates). */
export function pointInRing(p: Pos, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pos
    const [xj, yj] = ring[j] as Pos
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const cross = (o: Pos, a: Pos, b: Pos): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

/** Whether segments ab and cd intersect or touch. */
export function segmentsIntersect(a: Pos, b: Pos, c: Pos, d: Pos): boolean {
  const d1 = cross(c, d, a)
  const d2 = cross(c, d, b)
  const d3 = cross(a, b, c)
  const d4 = cross(a, b, d)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true
  const on = (p: Pos, q: Pos, r: Pos): boolean =>
    Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1])
  return (d1 === 0 && on(c, d, a)) || (d2 === 0 && on(c, d, b)) || (d3 === 0 && on(a, b, c)) || (d4 === 0 && on(a, b, d))
}

export function pointSegmentDistance(p: Pos, a: Pos, b: Pos): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
}

export const distance = (a: Pos, b: Pos): number => Math.hypot(a[0] - b[0], a[1] - b[1])

export type BBox = [number, number, number, number]
export function bbox(ring: Ring): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x, y] of ring) {
    b[0] = Math.min(b[0], x)
    b[1] = Math.min(b[1], y)
    b[2] = Math.max(b[2], x)
    b[3] = Math.max(b[3], y)
  }
  return b
}
export const bboxesNear = (a: BBox, b: BBox, gap: number): boolean =>
  a[0] - gap <= b[2] && b[0] - gap <= a[2] && a[1] - gap <= b[3] && b[1] - gap <= a[3]

/** Edges of an open ring (last vertex connects to the first). */
export function edges(ring: Ring): [Pos, Pos][] {
  return ring.map((p, i) => [p, ring[(i + 1) % ring.length] as Pos])
}

/** Smallest distance between two sets of edges, 0 when any pair intersects. */
export function edgeSetDistance(ea: [Pos, Pos][], eb: [Pos, Pos][], stopBelow = 0): number {
  let best = Infinity
  for (const [a, b] of ea) {
    for (const [c, d] of eb) {
      if (segmentsIntersect(a, b, c, d)) return 0
      best = Math.min(best, pointSegmentDistance(a, c, d), pointSegmentDistance(b, c, d), pointSegmentDistance(c, a, b), pointSegmentDistance(d, a, b))
      if (best < stopBelow) return best
    }
  }
  return best
}

/** Whether an open ring is simple: no two non-adjacent edges touch, no repeated vertices. */
export function isSimple(ring: Ring): boolean {
  const e = edges(ring)
  for (let i = 0; i < e.length; i++) {
    for (let j = i + 1; j < e.length; j++) {
      const adjacent = j === i + 1 || (i === 0 && j === e.length - 1)
      const [a, b] = e[i] as [Pos, Pos]
      const [c, d] = e[j] as [Pos, Pos]
      if (adjacent ? distance(a, b) === 0 || distance(c, d) === 0 : segmentsIntersect(a, b, c, d)) return false
    }
  }
  return true
}
