/**
 * A synthetic road network of the region's size for benchmarks and reference
 * tests: a jittered lattice with primary roads every 40 lines, secondary every 10,
 * residential streets between, a fifth of the street links missing and some
 * one-way streets. Deterministic for a given seed. Car times only (bike and foot
 * at their fixed speeds on every arc).
 *
 * @example
 * const g = syntheticRoadGraph({ cols: 400, rows: 400 }) // 160,000 nodes, ≈ 500,000 arcs
 * g.seconds.car[0]                                       // seconds of the first arc
 */
import type { RoadGraph } from '@regiopol/geodata'

export interface SyntheticOptions {
  cols: number
  rows: number
  /** Lattice spacing in metres. */
  spacingM?: number
  /** South-west corner. */
  lon0?: number
  lat0?: number
  seed?: number
}

function prng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function syntheticRoadGraph({ cols, rows, spacingM = 200, lon0 = 8.2, lat0 = 51.4, seed = 7 }: SyntheticOptions): RoadGraph {
  const rnd = prng(seed)
  const n = cols * rows
  const mPerDegLat = 111_195, mPerDegLon = 111_195 * Math.cos((lat0 * Math.PI) / 180)
  const lon = new Float64Array(n), lat = new Float64Array(n)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = r * cols + c
      lon[v] = lon0 + (c * spacingM + (rnd() - 0.5) * spacingM * 0.4) / mPerDegLon
      lat[v] = lat0 + (r * spacingM + (rnd() - 0.5) * spacingM * 0.4) / mPerDegLat
    }
  }
  const tails: number[] = [], heads: number[] = [], car: number[] = [], bike: number[] = [], foot: number[] = []
  const link = (u: number, v: number, line: number) => {
    const kmh = line % 40 === 0 ? 65 : line % 10 === 0 ? 55 : 25
    if (kmh === 25 && rnd() < 0.2) return // missing street
    const dx = (lon[u]! - lon[v]!) * mPerDegLon, dy = (lat[u]! - lat[v]!) * mPerDegLat
    const len = Math.sqrt(dx * dx + dy * dy)
    const oneway = kmh === 25 && rnd() < 0.05
    const add = (a: number, b: number) => { tails.push(a); heads.push(b); car.push(len / (kmh / 3.6)); bike.push(len / (15 / 3.6)); foot.push(len / (4.5 / 3.6)) }
    add(u, v)
    if (!oneway) add(v, u)
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = r * cols + c
      if (c + 1 < cols) link(v, v + 1, r)
      if (r + 1 < rows) link(v, v + cols, c)
    }
  }
  const m = tails.length
  const order = Array.from({ length: m }, (_, k) => k).sort((a, b) => tails[a]! - tails[b]!)
  const firstOut = new Uint32Array(n + 1)
  for (const t of tails) firstOut[t + 1]!++
  for (let v = 0; v < n; v++) firstOut[v + 1]! += firstOut[v]!
  const pick = (arr: number[]) => Float32Array.from(order, (k) => arr[k]!)
  return {
    meta: { source: `synthetisch ${cols} × ${rows}`, sourceDate: null, importedAt: new Date(0).toISOString(), attribution: 'synthetisch', speedSource: 'synthetisch' },
    nodeCount: n, arcCount: m,
    lonE6: Int32Array.from(lon, (x) => Math.round(x * 1e6)), latE6: Int32Array.from(lat, (y) => Math.round(y * 1e6)),
    firstOut, head: Uint32Array.from(order, (k) => heads[k]!),
    seconds: { car: pick(car), bike: pick(bike), foot: pick(foot) },
  }
}
