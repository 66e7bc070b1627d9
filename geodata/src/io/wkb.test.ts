import { describe, expect, it } from 'vitest'
import { decodeGpkgGeometry } from './wkb.ts'

/** Builds a GeoPackage blob by hand: header (with or without an envelope) + WKB. */
function blob(opts: { srsId: number; littleEndian: boolean; envelope: 0 | 1; wkb: number[] }): Uint8Array {
  const header = new DataView(new ArrayBuffer(8 + opts.envelope * 32))
  header.setUint8(0, 0x47)
  header.setUint8(1, 0x50)
  header.setUint8(3, (opts.littleEndian ? 1 : 0) | (opts.envelope << 1))
  header.setInt32(4, opts.srsId, opts.littleEndian)
  return new Uint8Array([...new Uint8Array(header.buffer), ...opts.wkb])
}

function wkbPolygonZ(points: number[][], littleEndian: boolean): number[] {
  const view = new DataView(new ArrayBuffer(1 + 4 + 4 + 4 + points.length * 24))
  view.setUint8(0, littleEndian ? 1 : 0)
  view.setUint32(1, 1003, littleEndian) // ISO Polygon Z
  view.setUint32(5, 1, littleEndian)
  view.setUint32(9, points.length, littleEndian)
  points.forEach((p, i) => p.forEach((v, j) => view.setFloat64(13 + i * 24 + j * 8, v, littleEndian)))
  return [...new Uint8Array(view.buffer)]
}

const ring = [[8.7, 51.7, 100], [8.71, 51.7, 101], [8.71, 51.71, 102], [8.7, 51.7, 100]]

describe('decoding GeoPackage geometry blobs', () => {
  it('reads a big-endian polygon with Z after a 32-byte envelope, dropping Z', () => {
    const decoded = decodeGpkgGeometry(blob({ srsId: 25832, littleEndian: false, envelope: 1, wkb: wkbPolygonZ(ring, false) }))
    expect(decoded.srsId).toBe(25832)
    expect(decoded.geometry).toEqual({ type: 'Polygon', coordinates: [ring.map(([x, y]) => [x, y])] })
  })

  it('reads a little-endian one without an envelope the same way', () => {
    const decoded = decodeGpkgGeometry(blob({ srsId: 4326, littleEndian: true, envelope: 0, wkb: wkbPolygonZ(ring, true) }))
    expect(decoded.geometry).toEqual({ type: 'Polygon', coordinates: [ring.map(([x, y]) => [x, y])] })
  })

  it('refuses bytes that are not a GeoPackage blob', () => {
    expect(() => decodeGpkgGeometry(new Uint8Array([1, 3, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/GP/)
  })
})
