import { describe, expect, it } from 'vitest'
import { toUtm32 } from '../projection.ts'
import { stopDepartures } from './departures.ts'
import { gtfsFixture } from './gtfs-fixture.ts'
import { readGtfs } from './gtfs-read.ts'
import { oevClassesAt, rateStops } from './oev-gueteklassen.ts'

const deps = stopDepartures(readGtfs(gtfsFixture()), '20261208')
const rated = rateStops([...deps.values()])
const by = (id: string) => rated.find((s) => s.stopId === id)!

describe('ÖV-Güteklassen from a GTFS feed', () => {
  it('counts the weekday departures between 6 and 20 o’clock at the station, platforms included', () => {
    const bf = deps.get('bf')!
    expect(bf.name).toBe('Bahnhof')
    expect(bf.total).toEqual({ rail: 112, tram: 0, bus: 0 })
    expect(bf.perHour.rail[0]).toBe(8) // 6–7 h: four per direction
  })

  it('gives the stops their interval and category: station III, bus stop V, village VI', () => {
    expect([by('bf').intervalMin, by('bf').category]).toEqual([15, 3])
    expect([by('markt').intervalMin, by('markt').category]).toEqual([30, 5])
    expect([by('dorf').intervalMin, by('dorf').category]).toEqual([120, 6])
  })

  it('classes three points: 200 m from the station B, 600 m from the bus stop F, 1.5 km from the village stop none', () => {
    const [bx, by0] = toUtm32(8.75, 51.72), [mx, my] = toUtm32(8.8, 51.72), [dx, dy] = toUtm32(8.9, 51.8)
    const cls = oevClassesAt(rated, [bx, mx, dx], [by0 + 200, my + 600, dy + 1500])
    expect(Array.from(cls)).toEqual([2, 6, 0])
  })
})
