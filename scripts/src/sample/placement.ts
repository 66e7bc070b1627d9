/** Positions shapes inside a municipality, away from its border and from shapes placed before. */
import { bbox, bboxesNear, edges, edgeSetDistance, pointInRing, type BBox, type Pos, type Ring } from './geo.ts'
import type { Municipality } from './inputs.ts'
import type { Rng } from './prng.ts'
import { makeShape, toLonLatRing, toXYRing, type ShapeSpec } from './shapes.ts'

/** Minimum distance of every site to its municipality border (m). */
export const BORDER_MARGIN = 60
/** Minimum distance between any two generated sites (m). */
export const SITE_GAP = 40

export function pointInMunicipality(m: Municipality, p: Pos): boolean {
  const [outer, ...holes] = m.xy
  return !!outer && pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h))
}

export function randomPointIn(rng: Rng, m: Municipality): Pos {
  for (let i = 0; i < 10000; i++) {
    const p: Pos = [rng.float(m.box[0], m.box[2]), rng.float(m.box[1], m.box[3])]
    if (pointInMunicipality(m, p)) return p
  }
  throw new Error(`no point found in ${m.name}`)
}

/** Whether a metre-grid ring lies inside the municipality with at least `margin` to the border. */
export function insideWithMargin(m: Municipality, ring: Ring, margin: number): boolean {
  if (!ring.every((p) => pointInMunicipality(m, p))) return false
  const box = bbox(ring)
  const near = m.edges.filter(([a, b]) => bboxesNear(box, bbox([a, b]), margin))
  return edgeSetDistance(edges(ring), near, margin) >= margin
}

interface Placed {
  box: BBox
  xy: Ring
  edges: [Pos, Pos][]
}

/** All sites placed so far (development land and compensation areas share it). */
export class Layout {
  readonly placed: Placed[] = []

  conflicts(ring: Ring, gap = SITE_GAP): boolean {
    const box = bbox(ring)
    const e = edges(ring)
    return this.placed.some(
      (o) =>
        bboxesNear(box, o.box, gap) &&
        (ring.some((p) => pointInRing(p, o.xy)) || o.xy.some((p) => pointInRing(p, ring)) || edgeSetDistance(e, o.edges, gap) < gap),
    )
  }

  add(ring: Ring): void {
    this.placed.push({ box: bbox(ring), xy: ring, edges: edges(ring) })
  }
}

export interface PlaceOptions {
  municipality: Municipality
  spec: (rng: Rng) => ShapeSpec
  centre: (rng: Rng) => Pos | null
  /** Extra acceptance test on the final lon/lat ring. */
  accept?: (ring: Ring) => boolean
  tries?: number
}

/** Tries random positions until one fits; returns the rounded lon/lat ring or null. */
export function place(rng: Rng, layout: Layout | null, o: PlaceOptions): Ring | null {
  for (let i = 0; i < (o.tries ?? 300); i++) {
    const c = o.centre(rng)
    if (!c) continue
    const lonLat = toLonLatRing(makeShape(rng, c, o.spec(rng)))
    const xy = toXYRing(lonLat)
    if (!insideWithMargin(o.municipality, xy, BORDER_MARGIN)) continue
    if (layout?.conflicts(xy)) continue
    if (o.accept && !o.accept(lonLat)) continue
    layout?.add(xy)
    return lonLat
  }
  return null
}
