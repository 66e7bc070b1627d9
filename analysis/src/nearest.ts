/**
 * Nearest-neighbour search over projected points (EPSG:25832 metres) with a
 * KDBush index. One query returns the nearest AND second-nearest active point,
 * which is what the what-if scenarios need to recompute only the cells that change.
 *
 * @example
 * const idx = new PointIndex(Float64Array.of(0, 1000), Float64Array.of(0, 0))
 * const hit = idx.nearest2(100, 0)      // { i1: 0, d1: 100, i2: 1, d2: 900 }
 * idx.nearest2(100, 0, Uint8Array.of(0, 1)) // point 0 switched off: { i1: 1, d1: 900, i2: -1, d2: Infinity }
 */
import KDBush from 'kdbush'

export interface Nearest2 {
  /** Index of the nearest active point, -1 if none. */
  i1: number
  d1: number
  /** Index of the second-nearest active point, -1 if none. */
  i2: number
  d2: number
}

const STACK_SIZE = 256

export class PointIndex {
  readonly size: number
  readonly xs: Float64Array
  readonly ys: Float64Array
  private readonly tree: KDBush
  private readonly stack = new Float64Array(STACK_SIZE * 4)

  constructor(xs: Float64Array, ys: Float64Array, nodeSize = 8) {
    if (xs.length !== ys.length) throw new RangeError('xs and ys differ in length')
    this.size = xs.length
    this.xs = xs
    this.ys = ys
    this.tree = new KDBush(Math.max(1, xs.length), nodeSize)
    for (let i = 0; i < xs.length; i++) this.tree.add(xs[i]!, ys[i]!)
    // KDBush needs at least one item; a dummy far away is never active (see nearest2).
    if (xs.length === 0) this.tree.add(Infinity, Infinity)
    this.tree.finish()
  }

  /**
   * Nearest and second-nearest point to (x, y) among points with `active[i] !== 0`
   * (all points when `active` is omitted). Writes into and returns `out`.
   */
  nearest2(x: number, y: number, active?: Uint8Array | null, out: Nearest2 = { i1: -1, d1: 0, i2: -1, d2: 0 }): Nearest2 {
    const { ids, coords, nodeSize } = this.tree
    const n = this.size
    const stack = this.stack
    let b1 = Infinity, b2 = Infinity // squared distances
    let i1 = -1, i2 = -1
    let sp = 0
    stack[sp++] = 0; stack[sp++] = ids.length - 1; stack[sp++] = 0; stack[sp++] = 0
    while (sp > 0) {
      const minD2 = stack[--sp]!
      const axis = stack[--sp]!
      const right = stack[--sp]!
      const left = stack[--sp]!
      if (minD2 >= b2) continue
      if (right - left <= nodeSize) {
        for (let i = left; i <= right; i++) {
          const id = ids[i]!
          if (id >= n || (active && active[id] === 0)) continue
          const dx = coords[2 * i]! - x, dy = coords[2 * i + 1]! - y
          const d2 = dx * dx + dy * dy
          if (d2 < b1) { b2 = b1; i2 = i1; b1 = d2; i1 = id } else if (d2 < b2) { b2 = d2; i2 = id }
        }
        continue
      }
      const m = (left + right) >> 1
      const mx = coords[2 * m]!, my = coords[2 * m + 1]!
      const id = ids[m]!
      if (id < n && !(active && active[id] === 0)) {
        const d2 = (mx - x) ** 2 + (my - y) ** 2
        if (d2 < b1) { b2 = b1; i2 = i1; b1 = d2; i1 = id } else if (d2 < b2) { b2 = d2; i2 = id }
      }
      const diff = axis === 0 ? x - mx : y - my
      const planeD2 = diff * diff
      const nextAxis = 1 - axis
      // push the far half first so the near half is searched first and tightens the bound
      if (diff < 0) {
        stack[sp++] = m + 1; stack[sp++] = right; stack[sp++] = nextAxis; stack[sp++] = Math.max(minD2, planeD2)
        stack[sp++] = left; stack[sp++] = m - 1; stack[sp++] = nextAxis; stack[sp++] = minD2
      } else {
        stack[sp++] = left; stack[sp++] = m - 1; stack[sp++] = nextAxis; stack[sp++] = Math.max(minD2, planeD2)
        stack[sp++] = m + 1; stack[sp++] = right; stack[sp++] = nextAxis; stack[sp++] = minD2
      }
    }
    out.i1 = i1; out.d1 = Math.sqrt(b1); out.i2 = i2; out.d2 = Math.sqrt(b2)
    return out
  }

  /** Indices of all points within radius r of (x, y) (active or not). */
  within(x: number, y: number, r: number): number[] {
    return this.tree.within(x, y, r).filter((id) => id < this.size)
  }

  /** Indices of all points inside a box. */
  range(minX: number, minY: number, maxX: number, maxY: number): number[] {
    return this.tree.range(minX, minY, maxX, maxY).filter((id) => id < this.size)
  }
}
