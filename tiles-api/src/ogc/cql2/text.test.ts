import { describe, expect, it } from 'vitest'
import { CqlError } from './ast.ts'
import { parseCql2Text } from './text.ts'

describe('CQL2 text parser', () => {
  it('parses a comparison with a string holding a comma and a doubled quote', () => {
    expect(parseCql2Text("name = 'Ems Abschnitt 1, Hövelhof''s'")).toEqual({ op: '=', args: [{ property: 'name' }, "Ems Abschnitt 1, Hövelhof's"] })
  })

  it('binds AND tighter than OR and NOT tighter than AND', () => {
    expect(parseCql2Text('a = 1 OR NOT b = 2 AND c = 3')).toEqual({
      op: 'or',
      args: [{ op: '=', args: [{ property: 'a' }, 1] }, { op: 'and', args: [{ op: 'not', args: [{ op: '=', args: [{ property: 'b' }, 2] }] }, { op: '=', args: [{ property: 'c' }, 3] }] }],
    })
  })

  it('parses LIKE, NOT IN, BETWEEN and IS NOT NULL', () => {
    expect(parseCql2Text("name LIKE 'Pader%'")).toEqual({ op: 'like', args: [{ property: 'name' }, 'Pader%'] })
    expect(parseCql2Text("type NOT IN ('a', 'b')")).toEqual({ op: 'not', args: [{ op: 'in', args: [{ property: 'type' }, ['a', 'b']] }] })
    expect(parseCql2Text('beds BETWEEN 100 AND 200')).toEqual({ op: 'between', args: [{ property: 'beds' }, 100, 200] })
    expect(parseCql2Text('beds IS NOT NULL')).toEqual({ op: 'not', args: [{ op: 'isNull', args: [{ property: 'beds' }] }] })
  })

  it('parses spatial functions with WKT and BBOX, and temporal ones with DATE and INTERVAL', () => {
    expect(parseCql2Text('S_INTERSECTS(geometry, BBOX(8.7, 51.7, 8.8, 51.75))')).toEqual({ op: 's_intersects', args: [{ property: 'geometry' }, { bbox: [8.7, 51.7, 8.8, 51.75] }] })
    expect(parseCql2Text('S_WITHIN(geometry, POLYGON((8 51, 9 51, 9 52, 8 52, 8 51)))')).toEqual({
      op: 's_within',
      args: [{ property: 'geometry' }, { type: 'Polygon', coordinates: [[[8, 51], [9, 51], [9, 52], [8, 52], [8, 51]]] }],
    })
    expect(parseCql2Text("T_INTERSECTS(ref_date, INTERVAL('2020-01-01', '..'))")).toEqual({ op: 't_intersects', args: [{ property: 'ref_date' }, { interval: ['2020-01-01', '..'] }] })
    expect(parseCql2Text("ref_date = DATE('2020-03-08')")).toEqual({ op: '=', args: [{ property: 'ref_date' }, { date: '2020-03-08' }] })
  })

  it.each(['a = 1 AND', 'a =', 'a = = 1', "name = 'open", 'foo(1) = 2', '(a = 1', 'a = 1)', '', 'a ~ 1'])('refuses “%s” instead of reading part of it', (text) => {
    expect(() => parseCql2Text(text)).toThrow(CqlError)
  })
})
