import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { isPlace, placeEntries } from './places.ts'
import { search } from './search.ts'

const require = createRequire(import.meta.url)
const places = JSON.parse(readFileSync(require.resolve('@regiopol/geodata/data/places_geonames.geojson'), 'utf8')) as { features: Parameters<typeof placeEntries>[0] }

describe('GeoNames places in the search', () => {
  it('finds the place Wünnenberg typed without umlaut, with its coordinates to fly to', () => {
    const hit = search(placeEntries(places.features), 'Wuennenberg')[0]
    expect(hit?.name).toBe('Wünnenberg')
    expect(hit && isPlace(hit) && hit.lngLat[1]).toBeCloseTo(51.52, 1)
  })

  it('lists spa towns ("Bad …") inside the region before those within 10 km outside it', () => {
    const hits = search(placeEntries(places.features), 'Bad', 50).filter((h) => h.name.startsWith('Bad '))
    const firstOutside = hits.findIndex((h) => !h.inRegion)
    expect(firstOutside).toBeGreaterThan(0)
    expect(hits.slice(firstOutside).every((h) => !h.inRegion)).toBe(true)
  })
})
