import { describe, expect, it } from 'vitest'
import { fieldChanges } from './history-changes.ts'

describe('fieldChanges', () => {
  it('lists only the fields that differ, with catalogue labels and German values', () => {
    const before = { id: 1, version: 1, name: 'Feuchtwiese', status: 'reserviert', eco_points_total: 110440, planned_date: '2020-07-24', updated_at: 'x' }
    const after = { id: 1, version: 2, name: 'Feuchtwiese', status: 'verfuegbar', eco_points_total: 110355, planned_date: '2021-01-02', updated_at: 'y' }
    expect(fieldChanges(before, after, 'de')).toEqual([
      { key: 'status', label: 'Status', before: 'reserviert', after: 'verfügbar' },
      { key: 'eco_points_total', label: 'Ökopunkte gesamt', before: '110.440', after: '110.355' },
      { key: 'planned_date', label: 'geplant ab', before: '24.07.2020', after: '02.01.2021' },
    ])
  })

  it('lists every filled field of a created area and nothing for identical rows', () => {
    expect(fieldChanges(null, { name: 'Hecke', description: null }, 'de').map((c) => c.key)).toEqual(['name'])
    expect(fieldChanges({ name: 'a' }, { name: 'a' }, 'en')).toEqual([])
  })
})
