import { describe, expect, it } from 'vitest'
import { detectDelimiter, parseCsv, toCsv } from './csv.ts'

describe('toCsv', () => {
  it('writes German spreadsheets with semicolon, decimal comma and BOM', () => {
    expect(toCsv(['Name', 'Fläche (ha)'], [['Am Hang', 1.5]], { delimiter: ';', decimal: ',' })).toBe('\uFEFFName;Fläche (ha)\r\nAm Hang;1,5\r\n')
  })

  it('quotes delimiters, quotes and line breaks and doubles quotes', () => {
    expect(toCsv(['a'], [['x,y'], ['sagt "ja"'], ['zwei\nZeilen']], { bom: false })).toBe('a\r\n"x,y"\r\n"sagt ""ja"""\r\n"zwei\nZeilen"\r\n')
  })

  it('keeps a text that starts like a formula from running, but not a negative number', () => {
    expect(toCsv(['a', 'b'], [['=SUMME(A1)', -3]], { bom: false })).toBe("a,b\r\n'=SUMME(A1),-3\r\n")
  })

  it('writes empty cells for null, undefined and non-finite numbers and joins arrays', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, Number.NaN, ['x', 'y']]], { bom: false })).toBe('a,b,c,d\r\n,,,x; y\r\n')
  })
})

describe('parseCsv', () => {
  it('reads what toCsv writes, with any delimiter', () => {
    const rows = [['Name', 'WKT'], ['Am "Hang"', 'POLYGON((1 2, 3 4, 5 6, 1 2))'], ['zwei\r\nZeilen', '']]
    for (const delimiter of [',', ';']) expect(parseCsv(toCsv(rows[0]!, rows.slice(1), { delimiter }))).toEqual(rows)
  })

  it('detects the semicolon of a German spreadsheet', () => {
    expect(detectDelimiter('Name;Fläche_ha;WKT\r\nA;1,5;POINT(1 2)')).toBe(';')
  })
})
