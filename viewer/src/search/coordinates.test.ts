import { describe, expect, it } from 'vitest'
import { toUtm32 } from '@regiopol/analysis'
import { parseCoordinate } from './coordinates.ts'

describe('coordinates typed into the search', () => {
  it('reads longitude, latitude in either order, with point or comma decimals', () => {
    expect(parseCoordinate('8.7577, 51.7186')).toEqual({ lngLat: [8.7577, 51.7186], crs: 'EPSG:4326' })
    expect(parseCoordinate('51,7186 8,7577')).toEqual({ lngLat: [8.7577, 51.7186], crs: 'EPSG:4326' })
    expect(parseCoordinate('51.7186;8.7577')).toEqual({ lngLat: [8.7577, 51.7186], crs: 'EPSG:4326' })
  })

  it('reads EPSG:25832 easting and northing back to the same place', () => {
    const [x, y] = toUtm32(8.7577, 51.7186)
    const parsed = parseCoordinate(`${Math.round(x)} ${Math.round(y)}`)!
    expect(parsed.crs).toBe('EPSG:25832')
    expect(parsed.lngLat[0]).toBeCloseTo(8.7577, 4)
    expect(parsed.lngLat[1]).toBeCloseTo(51.7186, 4)
  })

  it('is not fooled by names, postcodes or numbers outside Germany', () => {
    expect(parseCoordinate('Paderborn')).toBeNull()
    expect(parseCoordinate('33098')).toBeNull()
    expect(parseCoordinate('120 140')).toBeNull()
  })
})
