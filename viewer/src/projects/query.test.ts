import { describe, expect, it } from 'vitest'
import { decodeProjectQuery, encodeProjectQuery, isFiltered, withQuery } from './query.ts'

describe('the project list query in the URL', () => {
  it('round-trips search text and every filter under German parameter names', () => {
    const q = { q: 'mobil dorf', action_field: 'mobilitaet', municipality: '05774012', status: 'umsetzung', tag: 'dörfer', selected: '2' }
    const text = encodeProjectQuery(q)
    expect(text).toBe('q=mobil+dorf&feld=mobilitaet&kommune=05774012&status=umsetzung&tag=d%C3%B6rfer&projekt=2')
    expect(decodeProjectQuery(`?${text}`)).toEqual(q)
  })

  it('drops values the API would refuse', () => {
    expect(decodeProjectQuery('?feld=verkehr&kommune=123&status=fertig&projekt=abc&q=')).toEqual({})
  })

  it('lower-cases tags as the server stores them', () => {
    expect(decodeProjectQuery('?tag=D%C3%B6rfer')).toEqual({ tag: 'dörfer' })
  })

  it('removes a filter set to empty and tells whether anything filters', () => {
    const q = withQuery({ status: 'idee', selected: '3' }, 'status', '')
    expect(q).toEqual({ selected: '3' })
    expect(isFiltered(q)).toBe(false)
    expect(isFiltered(withQuery(q, 'tag', 'dörfer'))).toBe(true)
  })
})
