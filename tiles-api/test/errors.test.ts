import { describe, expect, it } from 'vitest'
import { testApp } from './support/app.ts'

const app = testApp()

async function problem(path: string) {
  const res = await app.request(path)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as Record<string, any>
  expect(body.status).toBe(res.status)
  expect(body.title).toEqual(expect.any(String))
  expect(body.detail).toEqual(expect.any(String))
  return { status: res.status, body }
}

const items = '/api/collections/rail_stops/items'

describe('problem responses', () => {
  it('answers 404 for an unknown collection', async () => {
    const { status, body } = await problem('/api/collections/bus_stops/items')
    expect(status).toBe(404)
    expect(body.detail).toContain('bus_stops')
  })

  it('answers 404 for an unknown feature id', async () => {
    expect((await problem(`${items}/999999`)).status).toBe(404)
    expect((await problem('/api/collections/municipalities/items/00000000')).status).toBe(404)
  })

  it('answers 404 for a feature id that cannot be an integer', async () => {
    expect((await problem(`${items}/abc`)).status).toBe(404)
    expect((await problem(`${items}/1e3`)).status).toBe(404)
  })

  it('answers 404 for an unknown path', async () => {
    expect((await problem('/api/nothing-here')).status).toBe(404)
  })

  it.each([
    ['bbox=8.7,51.7,8.8', 'bbox', 'vier Zahlen'],
    ['bbox=8.7,51.7,8.8,north', 'bbox', 'keine gültige Zahl'],
    ['bbox=51.7,8.7,51.8,98.8', 'bbox', 'außerhalb'],
    ['bbox=480000,5730000,470000,5740000&bbox-crs=EPSG:25832', 'bbox', 'westliche'],
    ['bbox=8.7,51.8,8.8,51.7', 'bbox', 'südliche'],
    ['bbox=8.7,51.7,0,8.8,51.8', 'bbox', 'vier Zahlen (oder sechs'],
    ['limit=0', 'limit', 'mindestens 1'],
    ['limit=ten', 'limit', 'ganze Zahl'],
    ['limit=5&limit=6', 'limit', 'nur einmal'],
    ['offset=-1', 'offset', 'ganze Zahl'],
    ['offset=1.5', 'offset', 'ganze Zahl'],
    ['colour=red', 'colour', 'Unbekannter Parameter'],
    ['category=three', 'category', 'keine ganze Zahl'],
    ['in_region=yes', 'in_region', 'true/false oder 1/0'],
    ['f=xml', 'f', 'Ausgabeformat'],
    ['bbox=1,2,3,4&bbox-crs=EPSG:31467', 'bbox-crs', 'nicht angeboten'],
    ['crs=EPSG:31467', 'crs', 'nicht angeboten'],
    ['datetime=2020-02-30', 'datetime', 'RFC 3339'],
    ['skipGeometry=yes', 'skipGeometry', 'true oder false'],
    ['sortby=rail_products', 'sortby', 'nicht sortiert'],
    ['properties=nothing', 'properties', 'nothing'],
  ])('answers 400 for %s and names the parameter', async (query, parameter, detail) => {
    const { status, body } = await problem(`${items}?${query}`)
    expect(status).toBe(400)
    expect(body.parameter).toBe(parameter)
    expect(body.detail).toContain(detail)
  })

  it('rejects an enum filter value that is not in the catalogue', async () => {
    const { status, body } = await problem('/api/collections/health_facilities/items?type=zahnarzt')
    expect(status).toBe(400)
    expect(body.detail).toContain('krankenhaus')
  })

  it('rejects a property that exists but is not queryable', async () => {
    const { status } = await problem('/api/collections/municipalities/items?population=1000')
    expect(status).toBe(400)
  })
})
