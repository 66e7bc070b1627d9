/** Random simple polygons of a given area: jittered star shapes and chamfered rectangles. */
import { fromXY, round6, signedArea, toXY, type Pos, type Ring } from './geo.ts'
import type { Rng } from './prng.ts'

export interface ShapeSpec {
  areaM2: number
  kind: 'star' | 'rect'
  /** Star: number of vertices (5–9). Rect: 4 + number of chamfered corners. */
  vertices: number
  /** Length-to-width ratio (≥ 1). */
  aspect: number
  /** Star: relative radius jitter (0–0.4). */
  jitter: number
}

/** Unit-free outline around the origin, counter-clockwise, star-shaped about the origin. */
function outline(rng: Rng, spec: ShapeSpec): Ring {
  if (spec.kind === 'rect') {
    const corners: Pos[] = [[-1, -1], [1, -1], [1, 1], [-1, 1]]
    const chamfered = new Set(rng.shuffle([0, 1, 2, 3]).slice(0, Math.max(0, Math.min(4, spec.vertices - 4))))
    const out: Ring = []
    corners.forEach((c, i) => {
      if (!chamfered.has(i)) return void out.push(c)
      const prev = corners[(i + 3) % 4] as Pos
      const next = corners[(i + 1) % 4] as Pos
      const t = rng.float(0.15, 0.4)
      out.push([c[0] + (prev[0] - c[0]) * t, c[1] + (prev[1] - c[1]) * t])
      out.push([c[0] + (next[0] - c[0]) * t, c[1] + (next[1] - c[1]) * t])
    })
    return out
  }
  const n = spec.vertices
  const step = (2 * Math.PI) / n
  const phase = rng.float(0, step)
  const out: Ring = []
  for (let i = 0; i < n; i++) {
    const theta = phase + (i + rng.float(-0.3, 0.3)) * step
    const r = 1 + rng.float(-spec.jitter, spec.jitter)
    out.push([r * Math.cos(theta), r * Math.sin(theta)])
  }
  return out
}

/**
 * A counter-clockwise ring in the metre grid with the requested area, centred on `centre`.
 * Stretching and rotating keep the radial vertex order, so the ring stays simple.
 */
export function makeShape(rng: Rng, centre: Pos, spec: ShapeSpec): Ring {
  const base = outline(rng, spec)
  const sx = Math.sqrt(spec.aspect)
  const rot = rng.float(0, Math.PI)
  const cos = Math.cos(rot)
  const sin = Math.sin(rot)
  const shaped = base.map(([x, y]): Pos => {
    const u = x * sx
    const v = y / sx
    return [u * cos - v * sin, u * sin + v * cos]
  })
  const k = Math.sqrt(spec.areaM2 / Math.abs(signedArea(shaped)))
  return shaped.map(([x, y]): Pos => [centre[0] + x * k, centre[1] + y * k])
}

/** Metre-grid ring → lon/lat ring rounded to 6 decimals (open, without closing vertex). */
export const toLonLatRing = (ring: Ring): Ring => ring.map((p) => fromXY(p)).map(([x, y]): Pos => [round6(x), round6(y)])

/** Rounded lon/lat ring back to the metre grid, so that checks run on the final coordinates. */
export const toXYRing = (ring: Ring): Ring => ring.map(toXY)

/** GeoJSON MultiPolygon from one open lon/lat ring (closed on output). */
export function multiPolygon(ring: Ring): { type: 'MultiPolygon'; coordinates: Pos[][][] } {
  return { type: 'MultiPolygon', coordinates: [[[...ring, ring[0] as Pos]]] }
}

/** Log-uniform value in [min, max]: many small sites, a few large ones. */
export const logUniform = (rng: Rng, min: number, max: number): number => Math.exp(rng.float(Math.log(min), Math.log(max)))
