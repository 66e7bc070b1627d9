import { describe, expect, it } from 'vitest'
import { PointIndex } from './nearest.ts'

function brute(xs: Float64Array, ys: Float64Array, x: number, y: number, active: Uint8Array) {
  const d = [...xs].map((px, i) => ({ i, d: active[i] ? Math.hypot(px - x, ys[i]! - y) : Infinity }))
  d.sort((a, b) => a.d - b.d)
  return [d[0]!.d, d[1]!.d]
}

describe('PointIndex.nearest2', () => {
  it('finds the same nearest and second-nearest distances as a brute-force scan', () => {
    let s = 7
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647)
    const n = 500
    const xs = Float64Array.from({ length: n }, () => rnd() * 50_000)
    const ys = Float64Array.from({ length: n }, () => rnd() * 50_000)
    const active = Uint8Array.from({ length: n }, () => (rnd() < 0.7 ? 1 : 0))
    const idx = new PointIndex(xs, ys)
    for (let q = 0; q < 300; q++) {
      const x = rnd() * 60_000 - 5000, y = rnd() * 60_000 - 5000
      const r = idx.nearest2(x, y, active)
      const [d1, d2] = brute(xs, ys, x, y, active)
      expect(r.d1).toBeCloseTo(d1!, 9)
      expect(r.d2).toBeCloseTo(d2!, 9)
      expect(active[r.i1]).toBe(1)
    }
  })

  it('reports no neighbour when every point is switched off', () => {
    const idx = new PointIndex(Float64Array.of(0, 10), Float64Array.of(0, 0))
    expect(idx.nearest2(1, 1, Uint8Array.of(0, 0))).toMatchObject({ i1: -1, i2: -1, d1: Infinity })
  })
})
