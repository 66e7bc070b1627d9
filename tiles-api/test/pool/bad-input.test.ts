import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { AGS, fixtures, freeSquare, json, poolApp, sessions, snapshot } from './support.ts'

/* Bad inputs: each gets a precise 4xx problem, and nothing is stored. */

const sql = testSql()
const app = poolApp(sql)
const as = await sessions(sql)
const fx = fixtures(sql)
const items = '/api/collections/compensation_areas/items'

type Ring = [number, number][]
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({
  type: 'Feature', geometry,
  properties: { name: 'Prüffläche', municipality_ags: AGS.borchen, measure_type: 'aufforstung', eco_points_total: 1000, ...properties },
})
const polygon = (ring: Ring) => ({ type: 'Polygon', coordinates: [ring] })
const borchenSquare = await freeSquare(sql, AGS.borchen, 77)
const corners = borchenSquare.coordinates[0]! as Ring
const [x0, y0] = corners[0]!
const [x1, y1] = corners[2]!

/** Sends the request as the Borchen editor; expects the status and problem type; checks nothing changed. */
async function refused(path: string, init: RequestInit, status: number, type: string) {
  const before = await snapshot(sql)
  const res = await app.request(path, init)
  const body = (await res.json()) as Record<string, any>
  expect(res.status, JSON.stringify(body)).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  expect(body.type).toBe(`/problems/${type}`)
  expect(body.detail).toEqual(expect.any(String))
  expect(await snapshot(sql)).toBe(before)
  return body
}
const create = (body: unknown, headers = as.borchen) => json('POST', body, headers)

describe('refusing bad input to the pool', () => {
  it('rejects malformed JSON with 400', async () => {
    await refused(items, create('{"type": "Feature", '), 400, 'invalid-json')
  })

  it('rejects a body that is not JSON with 415', async () => {
    await refused(items, { method: 'POST', body: 'name=x', headers: { ...as.borchen, 'Content-Type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported-media-type')
  })

  it('rejects a self-intersecting (bow-tie) polygon with 422 and says where it crosses', async () => {
    const bowTie: Ring = [[x0, y0], [x1, y1], [x1, y0], [x0, y1], [x0, y0]]
    const body = await refused(items, create(feature(polygon(bowTie))), 422, 'invalid-geometry')
    expect(body.detail).toContain('schneidet sich selbst')
    expect(body.location[0]).toBeCloseTo((x0 + x1) / 2, 5)
    expect(body.location[1]).toBeCloseTo((y0 + y1) / 2, 5)
  })

  it('recognises swapped longitude and latitude', async () => {
    const swapped = borchenSquare.coordinates[0]!.map(([x, y]) => [y, x] as [number, number])
    const body = await refused(items, create(feature(polygon(swapped))), 422, 'swapped-coordinates')
    expect(body.detail).toContain('vertauscht')
  })

  it('rejects an area outside the region', async () => {
    const berlin: Ring = [[13.40, 52.50], [13.41, 52.50], [13.41, 52.51], [13.40, 52.51], [13.40, 52.50]]
    await refused(items, create(feature(polygon(berlin))), 422, 'outside-region')
  })

  it('rejects an area that lies in another municipality than stated, naming it', async () => {
    const paderborn = await freeSquare(sql, AGS.paderborn, 78)
    const body = await refused(items, create(feature(paderborn)), 422, 'wrong-municipality')
    expect(body.detail).toContain('Paderborn')
    expect(body.detail).toContain('50 m')
  })

  it('rejects an area overlapping an active pool area, naming it', async () => {
    const existing = await fx.area({ ags: AGS.borchen, name: 'Vorhandene Hecke' })
    const [row] = await sql<{ g: unknown }[]>`select ST_AsGeoJSON(geom)::json as g from compensation_areas where id = ${existing.id}`
    const body = await refused(items, create(feature(row!.g)), 409, 'overlap')
    expect(body.detail).toContain('Vorhandene Hecke')
    expect(body.overlapsWith).toBe(existing.id)
  })

  it('rejects a 10 MB body with 413', async () => {
    const huge = JSON.stringify(feature(borchenSquare, { description: 'x'.repeat(10 * 1024 * 1024) }))
    await refused(items, create(huge), 413, 'payload-too-large')
  })

  it('rejects a polygon with 100,000 vertices with 422', async () => {
    const ring: Ring = Array.from({ length: 100_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 100_000
      return [Number((8.78 + 0.01 * Math.cos(a)).toFixed(4)), Number((51.66 + 0.01 * Math.sin(a)).toFixed(4))]
    })
    ring.push(ring[0]!)
    const body = await refused(items, create(feature(polygon(ring))), 422, 'validation-failed')
    expect(body.detail).toContain('höchstens 5000')
  })

  it('rejects unknown fields and names them', async () => {
    const body = await refused(items, create(feature(borchenSquare, { colour: 'green' })), 422, 'validation-failed')
    expect(body.errors).toContainEqual({ path: 'properties.colour', message: 'Unbekanntes Feld „colour“.' })
  })

  it.each(['id', 'version', 'eco_points_available', 'area_ha', 'status_history'])('rejects the server-owned field %s', async (field) => {
    const body = await refused(items, create(feature(borchenSquare, { [field]: 1 })), 422, 'validation-failed')
    expect(body.detail).toContain(`„${field}“ wird vom Server vergeben`)
  })

  it.each([[-5], [0], [1.5], ['viel'], [null]])('rejects eco points %j', async (points) => {
    await refused(items, create(feature(borchenSquare, { eco_points_total: points })), 422, 'validation-failed')
  })

  it('rejects a geometry that is not a polygon', async () => {
    await refused(items, create(feature({ type: 'Point', coordinates: [8.78, 51.66] })), 422, 'validation-failed')
  })

  it('rejects an illegal status jump with 409 and lists the allowed ones', async () => {
    const area = await fx.area({ ags: AGS.borchen, status: 'geplant' })
    const body = await refused(`${items}/${area.id}/status`, json('POST', { to: 'zugeordnet' }, as.borchen), 409, 'illegal-transition')
    expect(body.allowed).toEqual(['verfuegbar', 'stillgelegt'])
  })

  it('rejects a reservation larger than the balance with 409', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 100 })
    const body = await refused(`/api/compensation-areas/${area.id}/bookings`, json('POST', { intervention_name: 'Zu groß', municipality_ags: AGS.borchen, points: 101 }, as.borchen), 409, 'insufficient-points')
    expect(body.available).toBe(100)
  })

  it('rejects reservations on planned areas', async () => {
    const area = await fx.area({ ags: AGS.borchen, status: 'geplant' })
    await refused(`/api/compensation-areas/${area.id}/bookings`, json('POST', { intervention_name: 'Zu früh', municipality_ags: AGS.borchen, points: 1 }, as.borchen), 409, 'area-not-available')
  })

  it('refuses a cookie-authenticated write from a foreign origin with 403', async () => {
    await refused(items, create(feature(borchenSquare), { ...as.borchen, Origin: 'https://evil.example' }), 403, 'foreign-origin')
    const { Origin: _, ...noOrigin } = as.borchen
    await refused(items, create(feature(borchenSquare), noOrigin), 403, 'foreign-origin')
  })

  it('refuses lowering the total below what is already reserved', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 1000 })
    await app.request(`/api/compensation-areas/${area.id}/bookings`, json('POST', { intervention_name: 'Straße', municipality_ags: AGS.borchen, points: 800 }, as.borchen))
    const [{ version }] = (await sql`select version from compensation_areas where id = ${area.id}`) as any
    await refused(`${items}/${area.id}`, json('PATCH', { properties: { eco_points_total: 500 } }, { ...as.borchen, 'If-Match': `"area-${area.id}-v${version}"` }), 409, 'points-committed')
  })
})
