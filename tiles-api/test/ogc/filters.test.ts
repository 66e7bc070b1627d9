import { describe, expect, it } from 'vitest'
import { getJson, testApp } from '../support/app.ts'

const app = testApp()
const matched = async (path: string) => {
  const { res, body } = await getJson(app, path)
  expect(res.status, JSON.stringify(body)).toBe(200)
  return body.numberMatched as number
}
const refused = async (path: string) => {
  const { res, body } = await getJson(app, path)
  expect(res.status).toBe(400)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  return body
}

const health = '/api/collections/health_facilities/items'

describe('filters that never lie', () => {
  it('reads a boolean filter given as 1 or 0 the way GDAL sends it', async () => {
    expect(await matched(`${health}?in_region=1`)).toBe(28)
    expect(await matched(`${health}?in_region=0`)).toBe(64 - 28)
    expect(await matched(`${health}?in_region=true`)).toBe(28)
    expect(await matched(`${health}?in_region=false`)).toBe(64 - 28)
  })

  it('refuses a boolean that is neither true/false nor 1/0, naming the field by its label', async () => {
    const body = await refused(`${health}?in_region=yes`)
    expect(body.parameter).toBe('in_region')
    expect(body.detail).toContain('in_region')
    expect(body.detail).toContain('yes')
  })

  it('matches a name that contains a comma as one value', async () => {
    const path = `/api/collections/compensation_areas/items?name=${encodeURIComponent('Renaturierung Ems Abschnitt 1, Hövelhof')}`
    expect(await matched(path)).toBe(1)
    expect(await matched(`/api/collections/development_land/items?name=${encodeURIComponent('Gewerbepark West, Verl-Sende')}`)).toBe(1)
  })

  it('keeps the comma list for enumerations, whose values never contain a comma', async () => {
    expect(await matched(`${health}?in_region=true&type=krankenhaus,tagesklinik`)).toBe(28)
  })

  it('refuses a malformed integer and a malformed date naming the parameter', async () => {
    expect((await refused('/api/collections/rail_stops/items?category=drei')).parameter).toBe('category')
    expect((await refused(`${health}?ref_date=08.03.2020`)).parameter).toBe('ref_date')
  })

  it('filters a date property given as a plain date', async () => {
    expect(await matched(`${health}?ref_date=2020-03-08`)).toBe(64)
    expect(await matched(`${health}?ref_date=2020-03-09`)).toBe(0)
  })

  it.each([
    ['2020-03-08', 64],
    ['2020-03-08T00:00:00Z', 64],
    ['2020-03-08T12:30:00+01:00', 64],
    ['2020-03-09', 0],
    ['2020-03-01/2020-03-31', 64],
    ['2020-03-09/..', 0],
    ['../2020-03-08', 64],
    ['../2020-03-07T23:59:59Z', 0],
    ['2020-03-08T00:00:00Z/', 64],
  ])('answers datetime=%s on the collection’s temporal property with %i features', async (value, count) => {
    expect(await matched(`${health}?datetime=${encodeURIComponent(value)}`)).toBe(count)
  })

  it.each(['gestern', '2020-13-01', '2020-03-09/2020-03-01', '../..'])('refuses datetime=%s with 400 naming datetime', async (value) => {
    expect((await refused(`${health}?datetime=${encodeURIComponent(value)}`)).parameter).toBe('datetime')
  })
})
