import { describe, expect, it } from 'vitest'
import { getJson, testSql } from '../support/app.ts'
import { projectApp } from './support.ts'

/* Known answers from geodata/seed/sample/projects.geojson (ids 1–26). */

const sql = testSql()
const app = projectApp(sql)
const ids = async (query: string) => {
  const { res, body } = await getJson(app, `/api/projects/search?${query}`)
  expect(res.status).toBe(200)
  return (body.items as { id: number }[]).map((i) => i.id).sort((a, b) => a - b)
}

describe('German full-text search', () => {
  it('finds Mobilität and Mobilitätskonzept for the prefix "mobil"', async () => {
    expect(await ids('q=mobil&limit=100')).toEqual([1, 2, 3, 7, 8, 13, 15, 16, 21])
  })

  it('stems "Mobilität" with its umlaut and still finds the compound Mobilitätskonzept', async () => {
    expect(await ids('q=Mobilit%C3%A4t&limit=100')).toEqual([1, 2, 3, 7, 8, 13, 15, 16])
  })

  it('finds Gründung and Existenzgründung … as a word of its own (prefix of the stem)', async () => {
    expect(await ids('q=Gr%C3%BCndung')).toEqual([4, 10])
  })

  it('finds Dörfer through the stem "dorf" (Dorfladen, Dorfauto)', async () => {
    expect(await ids('q=D%C3%B6rfer&limit=100')).toEqual([1, 2, 9, 14, 15, 16, 21, 22, 23])
  })

  it('combines several words with AND and ignores stop words', async () => {
    expect(await ids('q=Dorf+und+Ehrenamt')).toEqual([2, 14, 16, 22, 23])
    expect(await ids('q=der+die+das')).toEqual([])
  })

  it('ranks the title match first and highlights matches in an HTML-safe snippet', async () => {
    const { body } = await getJson(app, '/api/projects/search?q=B%C3%BCrgerbus')
    expect(body.items.map((i: any) => i.id)).toEqual([14])
    expect(body.items[0].snippet).toContain('<mark>Bürgerbus</mark>')
    const mobil = await getJson(app, '/api/projects/search?q=Mobilit%C3%A4tskonzept')
    expect(mobil.body.items[0].id).toBe(3)
    expect(mobil.body.items[0].rank).toBeGreaterThan(0)
  })

  it('treats tsquery operators in user input as separators, never as syntax', async () => {
    expect(await ids(`q=${encodeURIComponent("mobil:* | !dorf & ('x')")}&limit=100`)).toEqual(await ids('q=mobil+dorf+x&limit=100'))
    expect(await ids(`q=${encodeURIComponent("'; drop table projects; --")}`)).toEqual([])
    expect((await getJson(app, '/api/projects/search?q=%5C%5C')).res.status).toBe(200)
  })

  it('combines the filters action field, municipality, status and tag', async () => {
    expect(await ids('q=mobil&action_field=mobilitaet&limit=100')).toEqual([1, 2, 3, 7, 13, 15, 16])
    expect(await ids('q=mobil&action_field=mobilitaet&municipality=05774012&limit=100')).toEqual([1, 2, 7])
    expect(await ids('q=mobil&action_field=mobilitaet&municipality=05774012&status=umsetzung')).toEqual([1, 2])
    expect(await ids('q=mobil&action_field=mobilitaet&municipality=05774012&status=umsetzung&tag=dörfer')).toEqual([2])
    expect(await ids('tag=d%C3%B6rfer&status=gestoppt')).toEqual([15])
  })

  it('lists every project without a query text, with the count', async () => {
    const { body } = await getJson(app, '/api/projects/search?limit=5')
    expect(body.numberMatched).toBe(26)
    expect(body.items).toHaveLength(5)
  })

  it('refuses unknown filters and malformed values with 400', async () => {
    for (const q of ['action_field=verkehr', 'status=fertig', 'municipality=123', 'limit=0', 'colour=red', `q=${'x'.repeat(201)}`, 'q=a%00b']) {
      expect((await app.request(`/api/projects/search?${q}`)).status, q).toBe(400)
    }
  })

  it('never lists contact details', async () => {
    const { body } = await getJson(app, '/api/projects/search?q=Dorfauto')
    expect(Object.keys(body.items[0])).not.toContain('contact_email')
  })
})

describe('similar projects', () => {
  it('ranks projects of the same action field and shared terms, naming the shared terms', async () => {
    const { res, body } = await getJson(app, '/api/projects/14/similar?limit=5')
    expect(res.status).toBe(200)
    const first = body.items[0]
    expect(first.same_action_field).toBe(true)
    expect(first.shared_terms.length).toBeGreaterThan(0)
    expect(body.items.map((i: any) => i.id)).not.toContain(14)
    const scores = body.items.map((i: any) => i.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('connects a Dorf project of another action field through shared terms', async () => {
    const { body } = await getJson(app, '/api/projects/22/similar?limit=20')
    const other = body.items.filter((i: any) => !i.same_action_field)
    expect(other.map((i: any) => i.id).sort((a: number, b: number) => a - b)).toEqual([2, 14, 15, 16])
    expect(other.every((i: any) => i.shared_terms.includes('dorf'))).toBe(true)
  })

  it('answers 404 for an unknown project', async () => {
    expect((await app.request('/api/projects/999999/similar')).status).toBe(404)
  })
})
