import { describe, expect, it } from 'vitest'
import type { Indicators, ScenarioDeltas } from '@regiopol/analysis'
import { translator } from '../i18n/index.ts'
import { whatIfSentences } from './what-if-text.ts'

const area = (over: Partial<ScenarioDeltas['region']>): ScenarioDeltas['region'] => ({ ags: null, name: 'Region', population: 719_000, newlyBeyond: [0], newlyWithin: [0], sharePp: [0], meanDeltaMin: 0, ...over })
const indicators = (share: number): Indicators => ({
  thresholds: [30],
  municipalities: [],
  region: { ags: null, name: 'Region', population: 719_000, withinPop: [share * 719_000], withinShare: [share], beyondPop: [0], meanMin: 12, medianMin: 11, worstMin: 40 },
})

describe('the what-if sentences', () => {
  it('says "unverändert" with the share when closing a hospital changes nothing within 30 minutes', () => {
    const lines = whatIfSentences({ thresholds: [30], region: area({}), municipalities: [] }, indicators(1), translator('de'), 'de')
    expect(lines).toEqual(['Unverändert: 100 % der Einwohner innerhalb von 30 Minuten.'])
  })

  it('gives the new share, the signed change in percentage points and who crossed the threshold', () => {
    const deltas = { thresholds: [30], region: area({ sharePp: [-1.8], newlyBeyond: [12_950.4] }), municipalities: [] }
    expect(whatIfSentences(deltas, indicators(0.964), translator('de'), 'de')).toEqual([
      '96,4 % der Einwohner innerhalb von 30 Minuten: −1,8 Prozentpunkte gegenüber der Ausgangslage.',
      '12.950 Einwohner brauchen jetzt länger als 30 Minuten.',
    ])
    expect(whatIfSentences(deltas, indicators(0.964), translator('en'), 'en')[0]).toBe('96.4% of inhabitants within 30 minutes: −1.8 percentage points against the baseline.')
  })
})
