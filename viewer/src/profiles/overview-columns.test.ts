import type { MunicipalityFigures } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { sortRows } from './overview-columns.ts'

const row = (name: string, population: number, hospital: number | null) =>
  ({ name, population, hospital_mean_distance_km: hospital }) as MunicipalityFigures

describe('sortRows', () => {
  const rows = [row('Büren', 21524, 3.2), row('Altenbeken', 9190, null), row('Borchen', 13706, 6.4)]

  it('sorts names in German order (ü after u-less names) and numbers both ways', () => {
    expect(sortRows(rows, { column: 'name', descending: false }).map((r) => r.name)).toEqual(['Altenbeken', 'Borchen', 'Büren'])
    expect(sortRows(rows, { column: 'population', descending: true }).map((r) => r.population)).toEqual([21524, 13706, 9190])
  })

  it('puts unknown values last in either direction', () => {
    expect(sortRows(rows, { column: 'hospital', descending: false }).map((r) => r.name)).toEqual(['Büren', 'Borchen', 'Altenbeken'])
    expect(sortRows(rows, { column: 'hospital', descending: true }).map((r) => r.name)).toEqual(['Borchen', 'Büren', 'Altenbeken'])
  })
})
