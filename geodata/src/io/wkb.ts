import type { Geometry, Position } from 'geojson'
import { FileProblem } from './types.ts'

/*
 * GeoPackage geometry blobs: a "GP" header (version, flags, srs_id, optional
 * envelope) followed by standard WKB (OGC 06-103r4 / ISO 13249-3), as in
 * GeoPackage 1.3 §2.1.3. Z and M values are read and dropped (areas are 2D); blobs
 * are written 2D, little-endian, with an XY envelope. Small on purpose: wkx needs
 * Node's Buffer in the browser.
 */

export interface GpkgGeometry {
  srsId: number
  /** null for an empty geometry. */
  geometry: Geometry | null
}

const ENVELOPE_BYTES = [0, 32, 48, 48, 64]

/** Decodes one GeoPackage geometry blob. Throws on anything that is not one. */
export function decodeGpkgGeometry(blob: Uint8Array): GpkgGeometry {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength)
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new FileProblem('gpkg-blob', 'Kein GeoPackage-Geometrieblob (Kennung „GP“ fehlt).')
  const flags = blob[3]!
  const littleEndian = (flags & 1) === 1
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 7]
  if (envelope === undefined) throw new FileProblem('gpkg-blob', 'Ungültiger Hüllquader-Typ im GeoPackage-Blob.')
  const srsId = view.getInt32(4, littleEndian)
  if (flags & 0x10) return { srsId, geometry: null }
  if (flags & 0x20) throw new FileProblem('gpkg-extended', 'Erweiterte GeoPackage-Geometrien werden nicht unterstützt.')
  return { srsId, geometry: decodeWkb(view, 8 + envelope).geometry }
}

interface Read {
  geometry: Geometry
  end: number
}

/** Decodes one WKB geometry starting at `offset` (ISO and EWKB-style Z/M flags). */
export function decodeWkb(view: DataView, offset = 0): Read {
  const le = view.getUint8(offset) === 1
  const raw = view.getUint32(offset + 1, le)
  let pos = offset + 5
  // ISO codes: 1000s = Z, 2000s = M, 3000s = ZM; EWKB flags in the high bits.
  const ewkbZ = (raw & 0x80000000) !== 0
  const ewkbM = (raw & 0x40000000) !== 0
  if (raw & 0x20000000) pos += 4 // EWKB SRID
  const iso = raw & 0x0fffffff
  const type = iso % 1000
  const dims = 2 + (Math.floor(iso / 1000) === 1 || Math.floor(iso / 1000) === 3 || ewkbZ ? 1 : 0) + (Math.floor(iso / 1000) >= 2 || ewkbM ? 1 : 0)

  const point = (): Position => {
    const p = [view.getFloat64(pos, le), view.getFloat64(pos + 8, le)]
    pos += 8 * dims
    return p
  }
  const count = () => {
    const n = view.getUint32(pos, le)
    pos += 4
    return n
  }
  const points = () => Array.from({ length: count() }, point)
  const rings = () => Array.from({ length: count() }, points)
  const children = () =>
    Array.from({ length: count() }, () => {
      const child = decodeWkb(view, pos)
      pos = child.end
      return child.geometry
    })

  switch (type) {
    case 1:
      return { geometry: { type: 'Point', coordinates: point() }, end: pos }
    case 2:
      return { geometry: { type: 'LineString', coordinates: points() }, end: pos }
    case 3:
      return { geometry: { type: 'Polygon', coordinates: rings() }, end: pos }
    case 4:
      return { geometry: { type: 'MultiPoint', coordinates: children().map((g) => (g as { coordinates: Position }).coordinates) }, end: pos }
    case 5:
      return { geometry: { type: 'MultiLineString', coordinates: children().map((g) => (g as { coordinates: Position[] }).coordinates) }, end: pos }
    case 6:
      return { geometry: { type: 'MultiPolygon', coordinates: children().map((g) => (g as { coordinates: Position[][] }).coordinates) }, end: pos }
    case 7:
      return { geometry: { type: 'GeometryCollection', geometries: children() }, end: pos }
    default:
      throw new FileProblem('wkb-type', `WKB-Geometrietyp ${raw} wird nicht unterstützt (Kurven und Flächen mit Bögen: bitte linearisieren).`)
  }
}

const WKB_TYPES = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6, GeometryCollection: 7 } as const

/** Bytes of one geometry as 2D little-endian ISO WKB. */
function wkbSize(g: Geometry): number {
  const ring = (r: Position[]) => 4 + 16 * r.length
  switch (g.type) {
    case 'Point':
      return 5 + 16
    case 'LineString':
      return 5 + ring(g.coordinates)
    case 'Polygon':
      return 9 + g.coordinates.reduce((n, r) => n + ring(r), 0)
    case 'MultiPoint':
      return 9 + g.coordinates.length * 21
    case 'MultiLineString':
      return 9 + g.coordinates.reduce((n, l) => n + 5 + ring(l), 0)
    case 'MultiPolygon':
      return 9 + g.coordinates.reduce((n, p) => n + 9 + p.reduce((m, r) => m + ring(r), 0), 0)
    case 'GeometryCollection':
      return 9 + g.geometries.reduce((n, c) => n + wkbSize(c), 0)
  }
}

function writeWkb(view: DataView, offset: number, g: Geometry): number {
  let pos = offset
  const u32 = (v: number) => {
    view.setUint32(pos, v, true)
    pos += 4
  }
  const point = (p: Position) => {
    view.setFloat64(pos, p[0]!, true)
    view.setFloat64(pos + 8, p[1]!, true)
    pos += 16
  }
  const points = (ps: Position[]) => {
    u32(ps.length)
    ps.forEach(point)
  }
  view.setUint8(pos, 1)
  pos += 1
  u32(WKB_TYPES[g.type])
  switch (g.type) {
    case 'Point':
      point(g.coordinates)
      break
    case 'LineString':
      points(g.coordinates)
      break
    case 'Polygon':
      u32(g.coordinates.length)
      g.coordinates.forEach(points)
      break
    case 'MultiPoint':
      u32(g.coordinates.length)
      for (const c of g.coordinates) pos = writeWkb(view, pos, { type: 'Point', coordinates: c })
      break
    case 'MultiLineString':
      u32(g.coordinates.length)
      for (const c of g.coordinates) pos = writeWkb(view, pos, { type: 'LineString', coordinates: c })
      break
    case 'MultiPolygon':
      u32(g.coordinates.length)
      for (const c of g.coordinates) pos = writeWkb(view, pos, { type: 'Polygon', coordinates: c })
      break
    case 'GeometryCollection':
      u32(g.geometries.length)
      for (const c of g.geometries) pos = writeWkb(view, pos, c)
      break
  }
  return pos
}

/** The geometry's x/y bounds [minx, miny, maxx, maxy]. */
export function boundsOf(g: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity]
  const visit = (x: Geometry) => {
    if (x.type === 'GeometryCollection') return x.geometries.forEach(visit)
    const flat = (x.type === 'Point' ? [x.coordinates] : x.coordinates.flat(x.type === 'MultiPolygon' ? 2 : x.type === 'Polygon' || x.type === 'MultiLineString' ? 1 : 0)) as Position[]
    for (const p of flat) {
      if (p[0]! < b[0]) b[0] = p[0]!
      if (p[1]! < b[1]) b[1] = p[1]!
      if (p[0]! > b[2]) b[2] = p[0]!
      if (p[1]! > b[3]) b[3] = p[1]!
    }
  }
  visit(g)
  return b
}

/** A GeoPackage geometry blob (version 0, little-endian, XY envelope; null: the empty flag). */
export function encodeGpkgGeometry(g: Geometry | null, srsId: number): Uint8Array {
  const bytes = new Uint8Array(8 + (g ? 32 + wkbSize(g) : 0))
  const view = new DataView(bytes.buffer)
  bytes[0] = 0x47
  bytes[1] = 0x50
  bytes[2] = 0
  bytes[3] = g ? 0b0000_0011 : 0b0001_0001
  view.setInt32(4, srsId, true)
  if (!g) return bytes
  const [minx, miny, maxx, maxy] = boundsOf(g)
  ;[minx, maxx, miny, maxy].forEach((v, i) => view.setFloat64(8 + i * 8, v, true))
  writeWkb(view, 40, g)
  return bytes
}
