import { describe, expect, it } from 'vitest'
import { anchorOf, labelAnchors, placeLabels } from './map-labels.ts'

const square = (x: number, y: number, size: number): [number, number][][] => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]

describe('names printed on the map', () => {
  it('anchors a municipality of two parts in its larger part', () => {
    const [lng, lat] = anchorOf({ type: 'MultiPolygon', coordinates: [square(8, 51, 0.01), square(9, 52, 0.1)] })!
    expect(lng).toBeCloseTo(9.05, 6)
    expect(lat).toBeCloseTo(52.05, 3)
  })

  it('anchors a U-shaped municipality inside it, not in the gap', () => {
    const u: [number, number][][] = [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]
    const [x, y] = anchorOf({ type: 'Polygon', coordinates: u })!
    expect(x > 1 && x < 2 && y > 1).toBe(false)
  })

  it('lists one name per municipality, the most populous first', () => {
    const f = (name: string, population: number, x: number) => ({ type: 'Feature' as const, properties: { name, population }, geometry: { type: 'Polygon' as const, coordinates: square(x, 51, 0.1) } })
    expect(labelAnchors([f('Borchen', 13_000, 8), f('Paderborn', 157_000, 9)], 'name', 'population').map((a) => a.text)).toEqual(['Paderborn', 'Borchen'])
  })

  it('drops a name that would overlap a larger one or cross the map frame', () => {
    const widthOf = (text: string) => text.length * 2
    const kept = placeLabels(
      [{ text: 'Paderborn', x: 50, y: 50 }, { text: 'Borchen', x: 55, y: 51 }, { text: 'Lichtenau', x: 50, y: 70 }, { text: 'Rand', x: 2, y: 10 }],
      { w: 100, h: 100 }, widthOf, 3,
    )
    expect(kept.map((l) => l.text)).toEqual(['Paderborn', 'Lichtenau'])
  })
})
