import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32, pngSize, withPhys } from './png.ts'

/** A valid 3 × 2 grey PNG built by hand. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length)
    const view = new DataView(out.buffer)
    view.setUint32(0, data.length)
    out.set([...type].map((c) => c.charCodeAt(0)), 4)
    out.set(data, 8)
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
    return out
  }
  const ihdr = new Uint8Array(13)
  new DataView(ihdr.buffer).setUint32(0, 3)
  new DataView(ihdr.buffer).setUint32(4, 2)
  ihdr.set([8, 0, 0, 0, 0], 8)
  const raw = new Uint8Array([0, 1, 2, 3, 0, 4, 5, 6])
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]
  return Uint8Array.from(parts.flatMap((p) => [...p]))
}

describe('the PNG resolution chunk', () => {
  it('computes the CRC-32 of the PNG specification ("IEND" → AE 42 60 82)', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082)
  })

  it('writes 150 dpi as 5906 pixels per metre right after IHDR and keeps the size', () => {
    const out = withPhys(tinyPng(), 150)
    expect(pngSize(out)).toEqual({ width: 3, height: 2 })
    const view = new DataView(out.buffer)
    expect(new TextDecoder().decode(out.subarray(37, 41))).toBe('pHYs')
    expect(view.getUint32(41)).toBe(5906) // 150 / 0.0254 = 5905.5
    expect(view.getUint32(45)).toBe(5906)
    expect(out[49]).toBe(1)
    expect(view.getUint32(50)).toBe(crc32(out.subarray(37, 50)))
    expect(new TextDecoder().decode(out.subarray(58, 62))).toBe('IDAT')
  })
})
