import { describe, expect, it } from 'vitest'
import { fromLaea, fromUtm32, toLaea, toUtm32 } from './projection.ts'

// Reference values measured with PostGIS 3 (PostgreSQL 15) on 127.0.0.1:
// select ST_AsText(ST_Transform(ST_SetSRID(ST_MakePoint(8.943319, 51.766433), 4326), 25832 | 3035), 6)
describe('projections', () => {
  it('projects Altenbeken station to EPSG:25832 as PostGIS does, to the millimetre', () => {
    const [x, y] = toUtm32(8.943319, 51.766433)
    expect(x).toBeCloseTo(496088.600042, 3)
    expect(y).toBeCloseTo(5735062.264017, 3)
  })

  it('projects a point at the western edge of the region to EPSG:25832 as PostGIS does', () => {
    const [x, y] = toUtm32(8.2, 52.05)
    expect(x).toBeCloseTo(445141.20541, 3)
    expect(y).toBeCloseTo(5766901.390411, 3)
  })

  it('projects to EPSG:3035 and back as PostGIS does', () => {
    const [x, y] = toLaea(8.943319, 51.766433)
    expect(x).toBeCloseTo(4248055.286372, 3)
    expect(y).toBeCloseTo(3184540.387958, 3)
    const [lon, lat] = fromLaea(4230500, 3139500)
    expect(lon).toBeCloseTo(8.700653472, 8)
    expect(lat).toBeCloseTo(51.359123028, 8)
  })

  it('round-trips EPSG:25832 within a micrometre of a degree', () => {
    const [lon, lat] = fromUtm32(...toUtm32(9.3, 51.45))
    expect(lon).toBeCloseTo(9.3, 9)
    expect(lat).toBeCloseTo(51.45, 9)
  })
})
