import { describe, expect, it } from 'vitest'
import { THRESHOLD_PRESETS } from './presets.ts'
import { distanceForMinutes, travelMinutes } from './travel-time.ts'

describe('travel-time model', () => {
  it('walks 1,000 m straight line in 17.33 minutes (× 1.3 detour at 4.5 km/h)', () => {
    expect(travelMinutes(1000, 'walk')).toBeCloseTo((1.3 * 60) / 4.5, 10)
  })

  it('drives 30 minutes for 19,231 m straight line at 50 km/h', () => {
    expect(distanceForMinutes(30, 'car')).toBeCloseTo(25000 / 1.3, 6)
  })

  it('honours overrides of speed, detour and overhead', () => {
    expect(travelMinutes(10_000, 'car', { speedKmh: 60, detourFactor: 1, overheadMin: 2 })).toBeCloseTo(12, 10)
  })

  it('rejects a detour factor below 1', () => {
    expect(() => travelMinutes(1, 'bike', { detourFactor: 0.9 })).toThrow(RangeError)
  })

  it('gives every threshold preset a source', () => {
    for (const p of THRESHOLD_PRESETS) expect(p.source.length).toBeGreaterThan(10)
    expect(THRESHOLD_PRESETS.map((p) => p.value)).toEqual([600, 1200, 1000, 2000, 3000, 30, 40, 30])
  })
})
