import { describe, expect, it } from 'vitest'
import { BORCHEN_POINT as POST_POINT, validPost } from './exchange/support.ts'
import { AGS, fixtures, freeSquare, json, poolApp, sessions, snapshot } from './pool/support.ts'
import { BORCHEN_POINT, validProperties } from './projects/support.ts'
import { testSql } from './support/app.ts'

/* Input that PostgreSQL cannot take or the HTTP layer cannot carry: a 4xx naming the field, never a 500. */

const sql = testSql()
const app = poolApp(sql)
const fx = fixtures(sql)
const NUL = 'Ab\u0000c'

async function expectNamed(res: Response, status: number, field: string) {
  const body: any = await res.json()
  expect(res.status, JSON.stringify(body)).toBe(status)
  expect(body.detail).toContain(field)
  return body
}

describe('a NUL character in a text field', () => {
  it('in a project title is refused with 400 naming properties.title, storing nothing', async () => {
    const { borchen } = await sessions(sql)
    const [before] = await sql`select count(*)::int as n from projects`
    const body = { type: 'Feature', geometry: BORCHEN_POINT, properties: { ...validProperties(), title: NUL } }
    const problem = await expectNamed(await app.request('/api/collections/projects/items', json('POST', body, borchen)), 400, 'properties.title')
    expect(problem.type).toBe('/problems/invalid-characters')
    const [after] = await sql`select count(*)::int as n from projects`
    expect(after!.n).toBe(before!.n)
  })

  it('in an exchange post description is refused with 400 naming properties.description', async () => {
    const { borchen } = await sessions(sql)
    const body = { type: 'Feature', geometry: POST_POINT, properties: { ...validPost(), description: NUL } }
    await expectNamed(await app.request('/api/collections/exchange_posts/items', json('POST', body, borchen)), 400, 'properties.description')
  })

  it('in a pool area name is refused with 400 naming properties.name', async () => {
    const { borchen } = await sessions(sql)
    const geometry = await freeSquare(sql, AGS.borchen, 77)
    const body = { type: 'Feature', geometry, properties: { name: NUL, municipality_ags: AGS.borchen, measure_type: 'streuobstwiese', eco_points_total: 100 } }
    await expectNamed(await app.request('/api/collections/compensation_areas/items', json('POST', body, borchen)), 400, 'properties.name')
  })

  it('in a booking intervention name is refused with 400 naming intervention_name, the ledger unchanged', async () => {
    const { borchen } = await sessions(sql)
    const area = await fx.area({ ags: AGS.borchen })
    const before = await snapshot(sql)
    const body = { intervention_name: NUL, municipality_ags: AGS.borchen, points: 10 }
    await expectNamed(await app.request(`/api/compensation-areas/${area.id}/bookings`, json('POST', body, borchen)), 400, 'intervention_name')
    expect(await snapshot(sql)).toBe(before)
  })

  it('in a token name is refused with 400 naming name', async () => {
    const { borchen } = await sessions(sql)
    await expectNamed(await app.request('/api/auth/tokens', json('POST', { name: NUL }, borchen)), 400, 'name')
  })

  it('in the login e-mail is refused with 400 naming email', async () => {
    await expectNamed(await app.request('/api/auth/login', json('POST', { email: `a${NUL}@b.de`, password: 'x' })), 400, 'email')
  })

  it('in a search query is refused with 400', async () => {
    expect((await app.request('/api/projects/search?q=%00')).status).toBe(400)
  })
})

describe('other input that used to reach the database unchecked', () => {
  it('answers a feature id with a character above U+00FF with 404, not 500', async () => {
    const res = await app.request('/api/collections/municipalities/items/%E2%82%AC')
    expect(res.status).toBe(404)
  })

  it('refuses an admin reservation for an unknown municipality with 422 naming municipality_ags', async () => {
    const { admin } = await sessions(sql)
    const area = await fx.area({ ags: AGS.borchen })
    const body = { intervention_name: 'Baugebiet Nord', municipality_ags: '09999999', points: 10 }
    const problem = await expectNamed(await app.request(`/api/compensation-areas/${area.id}/bookings`, json('POST', body, admin)), 422, 'municipality_ags')
    expect(problem.type).toBe('/problems/unknown-municipality')
  })
})
