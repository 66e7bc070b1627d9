import { describe, expect, it } from 'vitest'
import { formatArea, formatDistance, pathLength, polygonArea } from './measure.ts'

describe('measure', () => {
  it('measures a path along a meridian in metres', () => {
    // 0.01° of latitude is about 1112 m.
    expect(pathLength([[8.75, 51.7], [8.75, 51.71]])).toBeCloseTo(1112, -1)
  })

  it('measures a closed polygon in hectares', () => {
    // About 100 m × 100 m near Paderborn: 1 ha.
    const dLat = 100 / 111_200
    const dLng = 100 / (111_320 * Math.cos((51.7 * Math.PI) / 180))
    const square: [number, number][] = [[8.75, 51.7], [8.75 + dLng, 51.7], [8.75 + dLng, 51.7 + dLat], [8.75, 51.7 + dLat]]
    expect(polygonArea(square) / 10_000).toBeCloseTo(1, 1)
  })

  it('needs two points for a length and three for an area', () => {
    expect(pathLength([[8, 51]])).toBe(0)
    expect(polygonArea([[8, 51], [8.1, 51]])).toBe(0)
  })

  it('formats in German units', () => {
    expect(formatDistance(850.4, 'de')).toBe('850 m')
    expect(formatDistance(12_400, 'de')).toBe('12,4 km')
    expect(formatArea(12_345_000, 'de')).toBe('1.234,5 ha')
    expect(formatArea(2_500, 'de')).toBe('0,25 ha')
  })
})
