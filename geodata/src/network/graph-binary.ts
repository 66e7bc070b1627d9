/**
 * The routable road graph as one compact binary: what the API serves
 * (`/api/network/graph.bin`) and the analysis worker reads. Arcs are directed and
 * grouped by their tail node (compressed sparse rows); each arc has one travel
 * time per mode in seconds, +Infinity where that mode may not use it. Coordinates
 * are integer microdegrees (about 0.1 m). All arrays are little-endian and 4-byte
 * aligned, so decoding is a handful of typed-array views on the buffer, no copy.
 *
 * Layout: "RPG1" | u32 version | u32 nodes | u32 arcs | u32 metaBytes | meta JSON
 * (padded to 4) | i32 lon[n] | i32 lat[n] | u32 firstOut[n+1] | u32 head[m] |
 * f32 car[m] | f32 bike[m] | f32 foot[m]
 *
 * @example
 * const bytes = encodeRoadGraph(graph)      // Uint8Array, e.g. 150,000 nodes ≈ 8 MB
 * const back = decodeRoadGraph(bytes.buffer)
 * back.head[back.firstOut[0]!]             // the first neighbour of node 0
 */
import type { NetworkMode } from './road-profile.ts'

export interface RoadNetworkMeta {
  /** File name or URL of the OSM extract. */
  source: string
  /** Date of the extract's data (OSM replication timestamp or file date), ISO. */
  sourceDate: string | null
  importedAt: string
  attribution: string
  speedSource: string
}

export interface RoadGraph {
  meta: RoadNetworkMeta
  nodeCount: number
  arcCount: number
  lonE6: Int32Array
  latE6: Int32Array
  /** Arcs of node v are firstOut[v] .. firstOut[v+1]-1. */
  firstOut: Uint32Array
  head: Uint32Array
  seconds: Record<NetworkMode, Float32Array>
}

const MAGIC = 0x31475052 // "RPG1" little-endian
const VERSION = 1
const HEADER = 20

const pad4 = (n: number) => (n + 3) & ~3

export function encodeRoadGraph(g: RoadGraph): Uint8Array {
  const meta = new TextEncoder().encode(JSON.stringify(g.meta))
  const n = g.nodeCount, m = g.arcCount
  const size = HEADER + pad4(meta.length) + 4 * (2 * n + (n + 1) + 4 * m)
  const out = new Uint8Array(size)
  const dv = new DataView(out.buffer)
  dv.setUint32(0, MAGIC, true); dv.setUint32(4, VERSION, true)
  dv.setUint32(8, n, true); dv.setUint32(12, m, true); dv.setUint32(16, meta.length, true)
  out.set(meta, HEADER)
  let off = HEADER + pad4(meta.length)
  for (const arr of [g.lonE6, g.latE6, g.firstOut, g.head, g.seconds.car, g.seconds.bike, g.seconds.foot]) {
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), off)
    off += arr.byteLength
  }
  return out
}

export function decodeRoadGraph(buf: ArrayBuffer, byteOffset = 0): RoadGraph {
  const dv = new DataView(buf, byteOffset)
  if (dv.byteLength < HEADER || dv.getUint32(0, true) !== MAGIC) throw new Error('Keine Straßennetz-Datei (RPG1)')
  if (dv.getUint32(4, true) !== VERSION) throw new Error(`Unbekannte Version ${dv.getUint32(4, true)} der Straßennetz-Datei`)
  const n = dv.getUint32(8, true), m = dv.getUint32(12, true), metaLen = dv.getUint32(16, true)
  const meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, byteOffset + HEADER, metaLen))) as RoadNetworkMeta
  let off = byteOffset + HEADER + pad4(metaLen)
  if (byteOffset + HEADER + pad4(metaLen) + 4 * (3 * n + 1 + 4 * m) > buf.byteLength) throw new Error('Straßennetz-Datei ist unvollständig')
  const take = <T>(Ctor: new (b: ArrayBuffer, o: number, l: number) => T, len: number): T => {
    const a = new Ctor(buf, off, len)
    off += 4 * len
    return a
  }
  const lonE6 = take(Int32Array, n), latE6 = take(Int32Array, n)
  const firstOut = take(Uint32Array, n + 1), head = take(Uint32Array, m)
  const car = take(Float32Array, m), bike = take(Float32Array, m), foot = take(Float32Array, m)
  return { meta, nodeCount: n, arcCount: m, lonE6, latE6, firstOut, head, seconds: { car, bike, foot } }
}
