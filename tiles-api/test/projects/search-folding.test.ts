import { describe, expect, it } from 'vitest'
import { getJson, testSql } from '../support/app.ts'
import { projectApp, projectFixtures } from './support.ts'

/*
 * ae/oe/ue/ss typed for ä/ö/ü/ß (migration 0013, german_fold on document and query).
 * Expected ids checked by hand in geodata/seed/sample/projects.geojson (title, tags,
 * summary, description, problems, lessons learned): prefix search, so the compound
 * "Landesstraßen" (project 7) is not found by "Strasse", "Straßenraum" (3) is.
 */

const sql = testSql()
const app = projectApp(sql)
const fx = projectFixtures(sql)
const ids = async (q: string) => {
  const { res, body } = await getJson(app, `/api/projects/search?q=${encodeURIComponent(q)}&limit=100`)
  expect(res.status).toBe(200)
  return (body.items as { id: number }[]).map((i) => i.id).sort((a, b) => a - b)
}

describe('search with transliterated umlauts', () => {
  it.each([
    ['Strasse', 'Straße', [3]],
    ['Buero', 'Büro', [10]],
    ['Hoexter', 'Höxter', [1, 9, 13, 19]],
    ['Buerger', 'Bürger', [3, 14, 21, 22]],
    ['Oekokonto', 'Ökokonto', [18]],
    ['Foerderung', 'Förderung', [4, 7, 12, 23, 26]],
  ])('"%s" finds what "%s" finds', async (typed, proper, expected) => {
    expect(await ids(typed)).toEqual(expected)
    expect(await ids(proper)).toEqual(expected)
  })

  it('finds Münster for "Muenster" and "MUENSTER", and a document written "Muenster" for "Münster"', async () => {
    const umlaut = await fx.project({ title: 'Radschnellweg Münster–Paderborn' })
    const typed = await fx.project({ title: 'Stadtbahn Muenster Sued' })
    const both = [umlaut.id, typed.id].sort((a, b) => a - b)
    expect(await ids('Muenster')).toEqual(both)
    expect(await ids('MUENSTER')).toEqual(both)
    expect(await ids('Münster')).toEqual(both)
    expect(await ids('Süd')).toEqual([typed.id])
  })

  it('keeps "ue" after q, so Quelle is not folded', async () => {
    const [row] = await sql<{ f: string }[]>`select german_fold('Quelle QUELLE Muenster Aerzte Oel Café') as f`
    expect(row!.f).toBe('Quelle QUELLE Münster ärzte öl Cafe')
  })

  it('still stems plurals with umlauts to their singular (Dörfer → Dorf)', async () => {
    expect(await ids('Doerfer')).toEqual([1, 2, 9, 14, 15, 16, 21, 22, 23])
  })
})
