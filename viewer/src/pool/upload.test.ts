import { describe, expect, it } from 'vitest'
import { parseAreaFile } from './upload.ts'

const ring = [[8.7, 51.7], [8.71, 51.7], [8.71, 51.71], [8.7, 51.71], [8.7, 51.7]]

describe('parseAreaFile', () => {
  it('accepts a bare polygon, a feature and a one-feature collection', () => {
    const polygon = { type: 'Polygon', coordinates: [ring] }
    expect(parseAreaFile(JSON.stringify(polygon)).problems).toEqual([])
    const feature = { type: 'Feature', properties: { name: 'Aue' }, geometry: polygon }
    expect(parseAreaFile(JSON.stringify(feature))).toMatchObject({ name: 'Aue', problems: [] })
    const fc = { type: 'FeatureCollection', features: [feature] }
    expect(parseAreaFile(JSON.stringify(fc)).geometry?.type).toBe('Polygon')
  })

  it('names the problems of broken files', () => {
    expect(parseAreaFile('{nope').problems[0]).toMatch(/Kein gültiges JSON/)
    expect(parseAreaFile(JSON.stringify({ type: 'FeatureCollection', features: [] })).problems[0]).toMatch(/0 Objekte/)
    expect(parseAreaFile(JSON.stringify({ type: 'Point', coordinates: [8.7, 51.7] })).problems.length).toBeGreaterThan(0)
    expect(parseAreaFile(JSON.stringify({ type: 'Polygon', coordinates: [ring.slice(0, 3)] })).problems.length).toBeGreaterThan(0)
  })
})
