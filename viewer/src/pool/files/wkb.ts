import type { Geometry, Position } from 'geojson'

/*
 * GeoPackage geometry blobs: a "GP" header (version, flags, srs_id, optional
 * envelope) followed by standard WKB (OGC 06-103r4 / ISO 13249-3), as in
 * GeoPackage 1.3 §2.1.3. Z and M values are read and dropped (areas are 2D).
 * Small on purpose: wkx needs Node's Buffer in the browser.
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
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('Kein GeoPackage-Geometrieblob (Kennung „GP“ fehlt).')
  const flags = blob[3]!
  const littleEndian = (flags & 1) === 1
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 7]
  if (envelope === undefined) throw new Error('Ungültiger Hüllquader-Typ im GeoPackage-Blob.')
  const srsId = view.getInt32(4, littleEndian)
  if (flags & 0x10) return { srsId, geometry: null }
  if (flags & 0x20) throw new Error('Erweiterte GeoPackage-Geometrien werden nicht unterstützt.')
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
      throw new Error(`WKB-Geometrietyp ${raw} wird nicht unterstützt.`)
  }
}
