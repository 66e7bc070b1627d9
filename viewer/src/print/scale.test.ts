import { describe, expect, it } from 'vitest'
import { groundResolution, metresPerMm, scaleBar, scaleDenominator, zoomForMetresPerMm, zoomForScale } from './scale.ts'

describe('the print scale', () => {
  it('uses the ground resolution at the map centre (hand-computed for Paderborn at zoom 10)', () => {
    // 40,075,016.686 m × cos(51.7°) / (512 × 1024) = 40,075,016.686 × 0.619779 / 524,288 = 47.374 m per CSS pixel
    expect(groundResolution(51.7, 10)).toBeCloseTo(47.374, 2)
    // 47.374 m × 96 / 25.4 = 179.05 m per mm of paper, i.e. about 1 : 179,000
    expect(metresPerMm(51.7, 10)).toBeCloseTo(179.05, 1)
    expect(scaleDenominator(51.7, 10)).toBe(180_000)
  })

  it('halves the ground resolution per zoom level and shrinks it towards the poles', () => {
    expect(groundResolution(51.7, 11)).toBeCloseTo(groundResolution(51.7, 10) / 2, 6)
    expect(groundResolution(0, 10)).toBeCloseTo(76.437, 2)
  })

  it('picks the longest round bar that fits: 5 km of 27.9 mm at 1 : 179,000 in 40 mm', () => {
    const bar = scaleBar(metresPerMm(51.7, 10), 40)
    expect(bar.metres).toBe(5000)
    expect(bar.label).toBe('5 km')
    expect(bar.mm).toBeCloseTo(5000 / 179.05, 1)
    expect(scaleBar(3, 40)).toEqual({ metres: 100, mm: 100 / 3, label: '100 m' })
    expect(scaleBar(1.4, 40).metres).toBe(50)
  })

  it('finds the zoom for a chosen scale: 1 : 25.000 prints 25 m of ground per millimetre', () => {
    const zoom = zoomForScale(51.7, 25_000)
    // 179.05 m/mm at zoom 10 → 25 m/mm is log2(179.05 / 25) = 2.84 levels closer
    expect(zoom).toBeCloseTo(12.84, 2)
    expect(metresPerMm(51.7, zoom)).toBeCloseTo(25, 6)
    expect(zoomForMetresPerMm(51.7, metresPerMm(51.7, 9.3))).toBeCloseTo(9.3, 9)
  })
})
