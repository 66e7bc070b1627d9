import { describe, expect, it } from 'vitest'
import { paperMetresPerMm, pathOf, pointOf, scaleBarM, viewOf } from './map-geometry.ts'

describe('the profile map geometry', () => {
  it('projects to EPSG:25832 metres with northing negated for SVG', () => {
    // Paderborn Hbf, about 483.3 km east and 5,730 km north in UTM 32N.
    const [x, y] = pointOf([8.7417, 51.7134])
    expect(x).toBeGreaterThan(482_000)
    expect(x).toBeLessThan(484_000)
    expect(-y).toBeGreaterThan(5_728_000)
    expect(-y).toBeLessThan(5_731_000)
  })

  it('keeps 1 km of longitude at 51.7° N as about 1 km (the catchment circles stay round)', () => {
    const a = pointOf([8.7, 51.7]), b = pointOf([8.7 + 1 / (111.32 * Math.cos((51.7 * Math.PI) / 180)), 51.7])
    expect(Math.abs(b[0] - a[0] - 1000)).toBeLessThan(5)
  })

  it('writes closed rings per polygon part and pads the view on every side', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[8.7, 51.7], [8.71, 51.7], [8.71, 51.71], [8.7, 51.71], [8.7, 51.7]]] }
    expect(pathOf(square).match(/Z/g)).toHaveLength(1)
    expect(pathOf({ type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] }).match(/Z/g)).toHaveLength(2)
    const tight = viewOf(square, 0), padded = viewOf(square, 500)
    expect(padded.width - tight.width).toBe(1000)
    expect(padded.minY).toBe(tight.minY - 500)
  })

  it('picks a round scale bar of at most a fifth of the width', () => {
    expect(scaleBarM({ minX: 0, minY: 0, width: 12_000, height: 1 })).toBe(2000)
    expect(scaleBarM({ minX: 0, minY: 0, width: 30_000, height: 1 })).toBe(5000)
  })

  it('prints a 13.2 km wide view in a 190 mm box at 69.5 m per mm (1 : 69.500), whatever the resolution', () => {
    expect(paperMetresPerMm({ width: 13_200, height: 8_000 }, { w: 190, h: 160 })).toBeCloseTo(69.47, 2)
    // A tall view: the height decides (12 km in 160 mm = 75 m per mm).
    expect(paperMetresPerMm({ width: 5_000, height: 12_000 }, { w: 190, h: 160 })).toBe(75)
  })
})
