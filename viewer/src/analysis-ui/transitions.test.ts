import { describe, expect, it } from 'vitest'
import { EMPTY_SCENARIO, type SiteRow } from '@regiopol/analysis'
import { addHypothetical, filterSites, nextSort, parseRadius, parseThresholds, removeHypothetical, scoredSites, sortSites, toggleFacility } from './transitions.ts'

const row = (id: string, name: string, distanceM: number, use = 'wohnen'): SiteRow => ({
  id, name, municipalityAgs: '05774032', use, planningStatus: null, areaHa: 1, nearestStopId: 's', nearestStopName: 'Paderborn Hbf',
  distanceM, walkMin: 1, bikeMin: 1, catchmentShare: 0.5, stopCategory: 2, stopProducts: [], stopService: 0.8, stopServiceLabel: 'RE', hospitalName: null, hospitalCarMin: 5,
})

describe('analysis UI transitions', () => {
  it('switches a facility off and on again, keeping ids sorted', () => {
    const a = toggleFacility(toggleFacility(EMPTY_SCENARIO, '51'), '46')
    expect(a.off).toEqual(['46', '51'])
    expect(toggleFacility(a, '46').off).toEqual(['51'])
  })

  it('numbers hypothetical sites without reusing an id after a removal', () => {
    const one = addHypothetical(EMPTY_SCENARIO, [8.7512345, 51.7123456], 'Neuer Standort')
    const two = addHypothetical(one, [8.6, 51.6], 'Neuer Standort')
    expect(two.added.map((f) => f.id)).toEqual(['neu-1', 'neu-2'])
    expect(one.added[0]).toMatchObject({ lon: 8.75123, lat: 51.71235, name: 'Neuer Standort 1', type: 'krankenhaus' })
    const three = addHypothetical(removeHypothetical(two, 'neu-1'), [8.5, 51.5], 'Neuer Standort')
    expect(three.added.map((f) => f.id)).toEqual(['neu-2', 'neu-3'])
  })

  it('sorts a column ascending first, descending on the second click, scores best first', () => {
    expect(nextSort(null, 'distanceM')).toEqual({ key: 'distanceM', dir: 1 })
    expect(nextSort({ key: 'distanceM', dir: 1 }, 'distanceM')).toEqual({ key: 'distanceM', dir: -1 })
    expect(nextSort({ key: 'distanceM', dir: 1 }, 'score')).toEqual({ key: 'score', dir: -1 })
  })

  it('sorts sites by distance and names in German order, and filters by text and use', () => {
    const rows = scoredSites([row('1', 'Zeppelinweg', 900), row('2', 'Ährenfeld', 120, 'gewerbe'), row('3', 'Bahnhofsquartier', 450)], [10, 20, 30], () => 'Paderborn')
    expect(sortSites(rows, { key: 'distanceM', dir: 1 }).map((r) => r.id)).toEqual(['2', '3', '1'])
    expect(sortSites(rows, { key: 'name', dir: 1 }).map((r) => r.name)).toEqual(['Ährenfeld', 'Bahnhofsquartier', 'Zeppelinweg'])
    expect(sortSites(rows, { key: 'score', dir: -1 }).map((r) => r.score)).toEqual([30, 20, 10])
    expect(filterSites(rows, 'bahnhof', null).map((r) => r.id)).toEqual(['3'])
    expect(filterSites(rows, '', 'gewerbe').map((r) => r.id)).toEqual(['2'])
    expect(filterSites(rows, 'paderborn', null)).toHaveLength(3)
  })

  it('reads thresholds and radii typed by people', () => {
    expect(parseThresholds('30, 10;20 20')).toEqual([10, 20, 30])
    expect(parseThresholds('7,5')).toEqual([5, 7])
    expect(parseThresholds('abc')).toBeNull()
    expect(parseRadius('1200')).toBe(1200)
    expect(parseRadius('20')).toBe(50)
    expect(parseRadius('-3')).toBeNull()
  })
})
