import { getLayer } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { normalise, search, searchAll, searchEntries } from './search.ts'

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

  it('finds umlauts typed as ue and ß typed as ss', () => {
    expect(search(entries, 'Bruederkrankenhaus')[0]?.id).toBe('46')
    expect(search(entries, 'Delbrueck')[0]?.id).toBe('05774012')
  })

  it('finds "Paderborn Hauptbahnhof" as Paderborn Hbf (every word, abbreviations folded)', () => {
    expect(search(entries, 'Paderborn Hauptbahnhof').map((e) => e.name)).toEqual(['Paderborn Hbf'])
    expect(search(entries, 'hbf paderborn')[0]?.name).toBe('Paderborn Hbf')
  })

  it('puts hits inside the region before those outside and counts them all', () => {
    const clinics = searchEntries(getLayer('health_facilities'), [
      { id: 1, properties: { name: 'Klinik Am Rosengarten', in_region: false } },
      { id: 2, properties: { name: 'Klinikum Weser-Egge Höxter', in_region: true } },
      { id: 3, properties: { name: 'Klinikum Weser-Egge Brakel', in_region: true } },
    ])
    expect(search(clinics, 'Klinik').map((e) => e.id)).toEqual(['3', '2', '1'])
    expect(searchAll(clinics, 'Klinik')).toHaveLength(3)
    expect(search(clinics, 'Klinik', 2)).toHaveLength(2)
  })

  it('keeps the municipality as context and needs two letters', () => {
    expect(search(entries, 'hbf')[0]).toMatchObject({ name: 'Paderborn Hbf', context: 'Paderborn' })
    expect(search(entries, 'p')).toEqual([])
  })
})
