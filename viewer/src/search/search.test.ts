import { getLayer } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { normalise, search, searchEntries } from './search.ts'

const entries = [
  ...searchEntries(getLayer('municipalities'), [
    { id: '05774012', properties: { name: 'Delbrück' } },
    { id: '05774032', properties: { name: 'Paderborn' } },
  ]),
  ...searchEntries(getLayer('rail_stops'), [
    { id: 7, properties: { name: 'Paderborn Hbf', municipality: 'Paderborn' } },
    { id: 8, properties: { name: 'Delbrück-Ost', municipality: 'Delbrück' } },
  ]),
  ...searchEntries(getLayer('health_facilities'), [{ id: 46, properties: { name: 'Brüderkrankenhaus St. Josef Paderborn – Hauptstandort' } }]),
]

describe('search', () => {
  it('ignores case, accents and ß', () => {
    expect(normalise('Delbrück Straße')).toBe('delbruck strasse')
  })

  it('finds the municipality first for its exact name', () => {
    expect(search(entries, 'Delbrück').map((e) => [e.layer, e.id])).toEqual([
      ['municipalities', '05774012'],
      ['rail_stops', '8'],
    ])
  })

  it('ranks prefix matches above matches inside the name', () => {
    expect(search(entries, 'paderborn').map((e) => e.name)).toEqual(['Paderborn', 'Paderborn Hbf', 'Brüderkrankenhaus St. Josef Paderborn – Hauptstandort'])
  })

  it('keeps the municipality as context and needs two letters', () => {
    expect(search(entries, 'hbf')[0]).toMatchObject({ name: 'Paderborn Hbf', context: 'Paderborn' })
    expect(search(entries, 'p')).toEqual([])
  })
})
