import { describe, expect, it } from 'vitest'
import { getJson, testApp } from './support/app.ts'
import { readSource } from './support/seed-counts.ts'

const app = testApp()

/** Shoelace sum: positive for counter-clockwise rings in lon/lat. */
function signedArea(ring: number[][]) {
  let sum = 0
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!
  return sum / 2
}

function* positions(coords: any): Generator<number[]> {
  if (typeof coords[0] === 'number') yield coords
  else for (const c of coords) yield* positions(c)
}

describe('RFC 7946 output', () => {
  it('has no crs member and lon/lat coordinates with at most 7 decimals', async () => {
    const res = await app.request('/api/collections/municipalities/items?limit=29')
    const text = await res.text()
    expect(text).not.toContain('"crs"')
    const body = JSON.parse(text)
    for (const f of body.features) {
      for (const [lon, lat] of positions(f.geometry.coordinates)) {
        expect(lon).toBeGreaterThan(8)
        expect(lon).toBeLessThan(9.5)
        expect(lat).toBeGreaterThan(51.3)
        expect(lat).toBeLessThan(52.1)
        expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7)
      }
    }
  })

  it('writes exterior rings counter-clockwise and holes clockwise', async () => {
    const { body } = await getJson(app, '/api/collections/districts/items')
    for (const f of body.features) {
      expect(f.geometry.type).toBe('MultiPolygon')
      for (const polygon of f.geometry.coordinates) {
        expect(signedArea(polygon[0])).toBeGreaterThan(0)
        for (const hole of polygon.slice(1)) expect(signedArea(hole)).toBeLessThan(0)
      }
    }
  })

  it('round-trips a municipality geometry within 1e-7 degrees', async () => {
    const source = readSource('municipalities.geojson').features.find((f) => f.properties.name === 'Delbrück')!
    const { body } = await getJson(app, `/api/collections/municipalities/items/${source.properties.ags}`)
    const served = [...positions(body.geometry.coordinates)]
    const original = [...positions(source.geometry.coordinates)]
    expect(served).toHaveLength(original.length)
    served.forEach(([lon, lat], i) => {
      expect(Math.abs(lon! - original[i]![0]!)).toBeLessThanOrEqual(1e-7)
      expect(Math.abs(lat! - original[i]![1]!)).toBeLessThanOrEqual(1e-7)
    })
  })

  it('round-trips a rail stop position within 1e-7 degrees', async () => {
    const { body } = await getJson(app, '/api/collections/rail_stops/items?eva=8000297')
    const source = readSource('rail_stops.geojson').features.find((f) => f.properties.eva === '8000297')!
    expect(body.features[0].properties.name).toBe(source.properties.name)
    expect(body.features[0].geometry.coordinates[0]).toBeCloseTo(source.geometry.coordinates[0], 7)
    expect(body.features[0].geometry.coordinates[1]).toBeCloseTo(source.geometry.coordinates[1], 7)
  })
})
