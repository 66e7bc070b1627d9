import { afterAll, describe, expect, it } from 'vitest'
import { createToken } from '../../src/db/queries/accounts.ts'
import { testSql } from '../support/app.ts'
import { AGS, EMAIL, fixtures, freeSquare, json, poolApp, sessions, snapshot, type Who } from './support.ts'
import { projectFixtures, projectSnapshot, validProperties } from '../projects/support.ts'
import { exchangeSnapshot, postFixtures, validPost } from '../exchange/support.ts'

/*
 * Every write route × every kind of caller → the expected status. After each refusal
 * the pool (areas, ledger, audit) must be byte-for-byte what it was. The routes come
 * from the app itself: a new write route without cases here fails the first test.
 */

const sql = testSql()
const app = poolApp(sql)
const fx = fixtures(sql)
const projects = projectFixtures(sql)
const posts = postFixtures(sql)
const WHO: Who[] = ['anonymous', 'viewer', 'borchen', 'paderborn', 'admin']
/** Municipality of each caller's interventions. */
const OWN: Record<Who, string> = { anonymous: AGS.borchen, viewer: AGS.delbrueck, borchen: AGS.borchen, paderborn: AGS.paderborn, admin: AGS.borchen }

interface Case {
  name: string
  /** Builds a fresh request for one caller (fixtures made here exist before the snapshot). */
  prepare(who: Who): Promise<{ path: string; body?: unknown; headers?: Record<string, string> }>
  /** Expected status for: anonymous, viewer, editor of the owning municipality (Borchen), editor of another (Paderborn), admin. */
  expect: [number, number, number, number, number]
}

let seed = 5000
const borchenArea = () => fx.area({ ags: AGS.borchen, points: 1000 })
async function borchenReservation() {
  const area = await borchenArea()
  const [b] = await sql<{ id: number }[]>`insert into compensation_bookings (area_id, kind, intervention_name, municipality_ags, points)
    values (${area.id}, 'reservierung', 'Matrix-Eingriff', ${AGS.paderborn}, 100) returning id`
  return { area, bookingId: b!.id }
}

/** A square of 60 m in Borchen away from every pool area and site, as GeoJSON. */
async function freeSite(n: number) {
  const [row] = await sql<{ g: unknown }[]>`
    with m as (select ST_Buffer(ST_Transform(geom, 25832), -300) as g from municipalities where ags = ${AGS.borchen}),
    c as (select (ST_Dump(ST_GeneratePoints(m.g, 300, ${n}))).geom as p from m)
    select ST_AsGeoJSON(ST_Transform(ST_Envelope(ST_Buffer(c.p, 30)), 4326), 7)::json as g from c
     where not exists (select from development_land d where ST_DWithin(ST_Transform(d.geom, 25832), c.p, 300))
       and not exists (select from compensation_areas a where ST_DWithin(ST_Transform(a.geom, 25832), c.p, 300)) limit 1`
  return row!.g
}
async function borchenSite() {
  const [row] = await sql<{ id: number; version: number }[]>`
    insert into development_land (name, municipality_ags, use, planning_status, geom)
    values ('Matrix-Fläche', ${AGS.borchen}, 'wohnen', 'fnp', ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(await freeSite(seed++))}), 4326))) returning id, version`
  return { id: row!.id, etag: `"site-${row!.id}-v${row!.version}"` }
}

const matrix: Record<string, Case[]> = {
  'POST /api/collections/development_land/items': [{
    name: 'register a site of Borchen',
    prepare: async () => ({
      path: '/api/collections/development_land/items',
      body: { type: 'Feature', geometry: await freeSite(seed++), properties: { name: 'Matrix-Fläche', municipality_ags: AGS.borchen, use: 'wohnen', planning_status: 'potenzial' } },
    }),
    expect: [401, 403, 201, 403, 201],
  }],
  'PATCH /api/collections/development_land/items/:id': [{
    name: 'change a site of Borchen',
    prepare: async () => {
      const site = await borchenSite()
      return { path: `/api/collections/development_land/items/${site.id}`, body: { properties: { availability: 'kurzfristig' } }, headers: { 'If-Match': site.etag } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'PUT /api/collections/development_land/items/:id': [{
    name: 'replace a site of Borchen with the feature as read, one field changed',
    prepare: async () => {
      const site = await borchenSite()
      const path = `/api/collections/development_land/items/${site.id}`
      const feature = (await (await app.request(path)).json()) as any
      feature.properties.availability = 'kurzfristig'
      return { path, body: feature, headers: { 'If-Match': site.etag } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'DELETE /api/collections/development_land/items/:id': [{
    name: 'delete a site of Borchen',
    prepare: async () => {
      const site = await borchenSite()
      return { path: `/api/collections/development_land/items/${site.id}`, headers: { 'If-Match': site.etag } }
    },
    expect: [401, 403, 204, 403, 204],
  }],
  'POST /api/auth/login': [{
    name: 'a login is open to everyone (here: with a body lacking the password)',
    prepare: async () => ({ path: '/api/auth/login', body: { email: 'nobody@regiopol.example' } }),
    expect: [422, 422, 422, 422, 422],
  }],
  'POST /api/auth/logout': [{
    name: 'logout is harmless for everyone',
    prepare: async () => ({ path: '/api/auth/logout' }),
    expect: [204, 204, 204, 204, 204],
  }],
  'POST /api/auth/tokens': [{
    name: 'any signed-in account creates its own tokens',
    prepare: async () => ({ path: '/api/auth/tokens', body: { name: 'Matrix' } }),
    expect: [401, 201, 201, 201, 201],
  }],
  'DELETE /api/auth/tokens/:tokenId': [{
    name: 'only the owner revokes a token (the admin’s here)',
    prepare: async () => {
      const [admin] = await sql<{ id: number }[]>`select id from accounts where email = ${EMAIL.admin}`
      const { info } = await createToken(sql, admin!.id, 'Matrix')
      return { path: `/api/auth/tokens/${info.id}` }
    },
    expect: [401, 404, 404, 404, 204],
  }],
  'POST /api/collections/compensation_areas/items': [{
    name: 'create an area of Borchen',
    prepare: async () => ({
      path: '/api/collections/compensation_areas/items',
      body: { type: 'Feature', geometry: await freeSquare(sql, AGS.borchen, seed++), properties: { name: 'Matrix', municipality_ags: AGS.borchen, measure_type: 'hecke_feldgehoelz', eco_points_total: 500 } },
    }),
    expect: [401, 403, 201, 403, 201],
  }],
  'PATCH /api/collections/compensation_areas/items/:id': [{
    name: 'change an area of Borchen',
    prepare: async () => {
      const area = await borchenArea()
      return { path: `/api/collections/compensation_areas/items/${area.id}`, body: { properties: { description: 'geändert' } }, headers: { 'If-Match': area.etag } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'PUT /api/collections/compensation_areas/items/:id': [{
    name: 'replace an area of Borchen with the feature as read, one field changed (QGIS without PATCH)',
    prepare: async () => {
      const area = await borchenArea()
      const path = `/api/collections/compensation_areas/items/${area.id}`
      const feature = (await (await app.request(path)).json()) as any
      feature.properties.description = 'ersetzt'
      return { path, body: feature, headers: { 'If-Match': area.etag } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'POST /api/collections/compensation_areas/items/:id/status': [{
    name: 'retire an area of Borchen',
    prepare: async () => ({ path: `/api/collections/compensation_areas/items/${(await borchenArea()).id}/status`, body: { to: 'stillgelegt', reason: 'Matrix' } }),
    expect: [401, 403, 200, 403, 200],
  }],
  'POST /api/compensation-areas/:id/bookings': [
    {
      name: 'reserve from Borchen’s area for an intervention of the caller’s own municipality',
      prepare: async (who) => ({ path: `/api/compensation-areas/${(await borchenArea()).id}/bookings`, body: { intervention_name: 'Matrix', municipality_ags: OWN[who], points: 10 } }),
      expect: [401, 403, 201, 201, 201],
    },
    {
      name: 'reserve for an intervention of a third municipality (Delbrück)',
      prepare: async () => ({ path: `/api/compensation-areas/${(await borchenArea()).id}/bookings`, body: { intervention_name: 'Matrix', municipality_ags: AGS.delbrueck, points: 10 } }),
      expect: [401, 403, 403, 403, 201],
    },
    {
      name: 'book directly (without a reservation) against Borchen’s area',
      prepare: async (who) => ({ path: `/api/compensation-areas/${(await borchenArea()).id}/bookings`, body: { kind: 'abbuchung', intervention_name: 'Matrix', municipality_ags: OWN[who], points: 10 } }),
      expect: [401, 403, 201, 403, 201],
    },
  ],
  'POST /api/compensation-areas/:id/bookings/:bookingId/book': [{
    name: 'turn a reservation on Borchen’s area into a booking',
    prepare: async () => {
      const { area, bookingId } = await borchenReservation()
      return { path: `/api/compensation-areas/${area.id}/bookings/${bookingId}/book`, body: {} }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'POST /api/compensation-areas/:id/bookings/:bookingId/release': [{
    name: 'release a reservation on Borchen’s area (even Paderborn’s own reservation)',
    prepare: async () => {
      const { area, bookingId } = await borchenReservation()
      return { path: `/api/compensation-areas/${area.id}/bookings/${bookingId}/release`, body: { reason: 'Matrix' } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'POST /api/compensation-areas/:id/bookings/:bookingId/cancel': [{
    name: 'cancel a booking on Borchen’s area',
    prepare: async () => {
      const { area, bookingId } = await borchenReservation()
      return { path: `/api/compensation-areas/${area.id}/bookings/${bookingId}/cancel`, body: { reason: 'Matrix' } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'POST /api/collections/projects/items': [
    {
      name: 'create a project of Borchen',
      prepare: async () => ({ path: '/api/collections/projects/items', body: { type: 'Feature', geometry: null, properties: validProperties([AGS.borchen]) } }),
      expect: [401, 403, 201, 403, 201],
    },
    {
      name: 'create an inter-municipal project of Borchen and Paderborn',
      prepare: async () => ({ path: '/api/collections/projects/items', body: { type: 'Feature', geometry: null, properties: validProperties([AGS.borchen, AGS.paderborn]) } }),
      expect: [401, 403, 201, 201, 201],
    },
  ],
  'PATCH /api/collections/projects/items/:id': [
    {
      name: 'change a project of Borchen',
      prepare: async () => {
        const p = await projects.project({ ags: [AGS.borchen] })
        return { path: `/api/collections/projects/items/${p.id}`, body: { properties: { status: 'planung' } }, headers: { 'If-Match': p.etag } }
      },
      expect: [401, 403, 200, 403, 200],
    },
    {
      name: 'change a project of Delbrück and Paderborn',
      prepare: async () => {
        const p = await projects.project({ ags: [AGS.delbrueck, AGS.paderborn] })
        return { path: `/api/collections/projects/items/${p.id}`, body: { properties: { status: 'planung' } }, headers: { 'If-Match': p.etag } }
      },
      expect: [401, 403, 403, 200, 200],
    },
  ],
  'PUT /api/collections/projects/items/:id': [{
    name: 'replace a project of Borchen with the feature as read, one field changed',
    prepare: async () => {
      const p = await projects.project({ ags: [AGS.borchen] })
      const path = `/api/collections/projects/items/${p.id}`
      const feature = (await (await app.request(path)).json()) as any
      feature.properties.status = 'planung'
      return { path, body: feature, headers: { 'If-Match': p.etag } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'DELETE /api/collections/projects/items/:id': [{
    name: 'delete a project of Borchen',
    prepare: async () => {
      const p = await projects.project({ ags: [AGS.borchen] })
      return { path: `/api/collections/projects/items/${p.id}`, headers: { 'If-Match': p.etag } }
    },
    expect: [401, 403, 204, 403, 204],
  }],
  'POST /api/collections/exchange_posts/items': [
    {
      name: 'post a request for Borchen',
      prepare: async () => ({ path: '/api/collections/exchange_posts/items', body: { type: 'Feature', geometry: null, properties: validPost(AGS.borchen) } }),
      expect: [401, 403, 201, 403, 201],
    },
  ],
  'PATCH /api/collections/exchange_posts/items/:id': [{
    name: 'change a post of Borchen',
    prepare: async () => {
      const p = await posts.post({ ags: AGS.borchen })
      return { path: `/api/collections/exchange_posts/items/${p.id}`, body: { properties: { title: 'Matrix geändert' } }, headers: { 'If-Match': p.etag } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'PUT /api/collections/exchange_posts/items/:id': [{
    name: 'replace a post of Borchen with the feature as read, one field changed',
    prepare: async () => {
      const p = await posts.post({ ags: AGS.borchen })
      const path = `/api/collections/exchange_posts/items/${p.id}`
      const feature = (await (await app.request(path)).json()) as any
      feature.properties.title = 'Matrix ersetzt'
      return { path, body: feature, headers: { 'If-Match': p.etag } }
    },
    expect: [401, 403, 200, 403, 200],
  }],
  'DELETE /api/collections/exchange_posts/items/:id': [{
    name: 'close a post of Borchen',
    prepare: async () => {
      const p = await posts.post({ ags: AGS.borchen })
      return { path: `/api/collections/exchange_posts/items/${p.id}`, headers: { 'If-Match': p.etag } }
    },
    expect: [401, 403, 204, 403, 204],
  }],
  'POST /api/imports/:collection': [{
    name: 'a dry-run import of development land of Borchen (an editor imports only into their municipality)',
    prepare: async () => ({
      path: '/api/imports/development_land',
      body: {
        source: 'Matrix', mapping: { name: 'Name', use: 'Nutzung', planning_status: 'Stand' }, defaults: { municipality_ags: AGS.borchen }, dry_run: true,
        features: [{ number: 1, layer: 'matrix', geometry: await freeSquare(sql, AGS.borchen, seed++), properties: { Name: 'Matrix', Nutzung: 'Wohnen', Stand: 'FNP' } }],
      },
    }),
    expect: [401, 403, 200, 403, 200],
  }],
}

afterAll(async () => {
  await sql`delete from development_land where name = 'Matrix-Fläche'`
})

const siteSnapshot = async () => JSON.stringify(await sql`select id, version, name, availability from development_land order by id`)
const stored = async () => (await snapshot(sql)) + (await projectSnapshot(sql)) + (await exchangeSnapshot(sql)) + (await siteSnapshot())

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

describe('the authorisation matrix', () => {
  it('has cases for exactly the write routes the app has', () => {
    const routes = [...new Set(app.routes.filter((r) => WRITE_METHODS.has(r.method)).map((r) => `${r.method} ${r.path}`))].sort()
    expect(routes).toEqual(Object.keys(matrix).sort())
  })

  const rows = Object.entries(matrix).flatMap(([route, cases]) => cases.map((c) => [route, c.name, c] as const))
  it.each(rows)('%s: %s', async (route, _name, c) => {
    const method = route.split(' ')[0]!
    const results: Record<string, number> = {}
    for (const who of WHO) {
      const headers = (await sessions(sql))[who]
      const req = await c.prepare(who)
      const before = await stored()
      const init = req.body === undefined
        ? { method, headers: { ...headers, ...req.headers } }
        : json(method, req.body, { ...headers, ...req.headers })
      const res = await app.request(req.path, init)
      results[who] = res.status
      if (res.status === 201 && route.endsWith('/items')) {
        const { id } = (await res.json()) as { id: number }
        if (route.includes('/projects/')) projects.track(id)
        else if (route.includes('/exchange_posts/')) posts.track(id)
        else fx.track(id)
      }
      if (res.status >= 400) expect(await stored(), `${who}: refused but changed data`).toBe(before)
    }
    expect(results).toEqual(Object.fromEntries(WHO.map((w, i) => [w, c.expect[i]])))
  })
})
