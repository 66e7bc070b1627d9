import { describe, expect, it } from 'vitest'
import { createToken } from '../../src/db/queries/accounts.ts'
import { testSql } from '../support/app.ts'
import { poolApp } from '../pool/support.ts'

/*
 * OGC API - Features Part 4 exactly as QGIS >= 3.32 sends it (qgsoapifprovider.cpp
 * computeCapabilities/addFeatures/changeAttributeValues/changeGeometryValues/deleteFeatures,
 * qgsoapifcreatefeaturerequest.cpp, qgsoapifpatchfeaturerequest.cpp): OPTIONS on the items
 * and on the first item for the Allow header; POST application/geo+json of the whole feature
 * without id; PATCH application/merge-patch+json with only the changed properties or only the
 * geometry; DELETE; never If-Match; HTTP Basic with the e-mail and an API token (QGIS 3.22
 * in Debian cannot edit through OGC API, so these are the recorded requests, replayed).
 */

const sql = testSql()
const app = poolApp(sql)
const items = '/api/collections/projects/items'

async function basicFor(email: string) {
  const [account] = await sql<{ id: number }[]>`select id from accounts where email = ${email}`
  const { token } = await createToken(sql, account!.id, 'QGIS Part 4')
  return { Authorization: `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}` }
}

const qgisFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [8.7731, 51.6654] },
  // Every field of the layer, server-owned and derived ones as null, as QgsJsonExporter writes them.
  properties: {
    title: 'Radweg Borchen–Paderborn (QGIS)', summary: null, action_field: 'mobilitaet', status: 'idee', municipality_ags: ['05774012'],
    municipalities: null, start_date: null, end_date: null, funding_programme: null, problems: null, lessons_learned: null,
    tags: [], links: [], sample: null,
  },
}

describe('the QGIS Part 4 flow', () => {
  it('offers POST on the items and PUT, PATCH, DELETE on an item to an editor, only GET to anonymous', async () => {
    const borchen = await basicFor('borchen@regiopol.example')
    const anon = await app.request(items, { method: 'OPTIONS' })
    expect(anon.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect((await app.request(items, { method: 'OPTIONS', headers: borchen })).headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST')
    const [own] = await sql<{ id: number }[]>`select id from projects where '05774012' = any(municipality_ags) order by id limit 1`
    const [foreign] = await sql<{ id: number }[]>`select id from projects where not ('05774012' = any(municipality_ags)) order by id limit 1`
    expect((await app.request(`${items}/${own!.id}`, { method: 'OPTIONS', headers: borchen })).headers.get('allow')).toBe('GET, HEAD, OPTIONS, PUT, PATCH, DELETE')
    expect((await app.request(`${items}/${foreign!.id}`, { method: 'OPTIONS', headers: borchen })).headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect((await app.request(`${items}/999999`, { method: 'OPTIONS', headers: borchen })).status).toBe(404)
  })

  it('creates, changes attributes and geometry, and deletes without If-Match, each audited', async () => {
    const borchen = await basicFor('borchen@regiopol.example')
    // QGIS loads the layer first (that read is what a write without If-Match is made on).
    expect((await app.request(`${items}?limit=10`, { headers: borchen })).status).toBe(200)
    const created = await app.request(items, { method: 'POST', body: JSON.stringify(qgisFeature), headers: { ...borchen, 'Content-Type': 'application/geo+json' } })
    expect(created.status, await created.clone().text()).toBe(201)
    const location = created.headers.get('location')!
    const id = Number(location.slice(location.lastIndexOf('/items/') + 7))
    const patch = (body: unknown) => app.request(`${items}/${id}`, { method: 'PATCH', body: JSON.stringify(body), headers: { ...borchen, 'Content-Type': 'application/merge-patch+json' } })
    expect((await patch({ properties: { status: 'planung' } })).status).toBe(200)
    expect((await patch({ geometry: { type: 'Point', coordinates: [8.7801, 51.6701] } })).status).toBe(200)
    const [row] = await sql<{ status: string; x: number }[]>`select status, ST_X(geom) as x from projects where id = ${id}`
    expect(row).toEqual({ status: 'planung', x: 8.7801 })
    expect((await app.request(`${items}/${id}`, { method: 'DELETE', headers: borchen })).status).toBe(204)
    const audit = await sql<{ action: string }[]>`select action from audit_log where entity = 'project' and entity_id = ${id} order by id`
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'delete'])
  })

  it('refuses a write without If-Match when someone else changed the record after the client’s read', async () => {
    const borchen = await basicFor('borchen@regiopol.example')
    const admin = await basicFor('admin@regiopol.example')
    const created = await app.request(items, { method: 'POST', body: JSON.stringify(qgisFeature), headers: { ...borchen, 'Content-Type': 'application/geo+json' } })
    const id = Number(created.headers.get('location')!.split('/').at(-1))
    expect((await app.request(`${items}?limit=1`, { headers: borchen })).status).toBe(200)
    const etag = (await app.request(`/api/projects/${id}`, { headers: admin })).headers.get('etag')!
    const theirs = await app.request(`${items}/${id}`, { method: 'PATCH', body: JSON.stringify({ properties: { summary: 'vom Regionsbüro' } }), headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': etag } })
    expect(theirs.status).toBe(200)
    const mine = await app.request(`${items}/${id}`, { method: 'PATCH', body: JSON.stringify({ properties: { summary: 'aus QGIS' } }), headers: { ...borchen, 'Content-Type': 'application/merge-patch+json' } })
    expect(mine.status).toBe(412)
    const [row] = await sql<{ summary: string }[]>`select summary from projects where id = ${id}`
    expect(row!.summary).toBe('vom Regionsbüro')
    // After reloading the layer, the same change goes through.
    await app.request(`${items}?limit=1`, { headers: borchen })
    const again = await app.request(`${items}/${id}`, { method: 'PATCH', body: JSON.stringify({ properties: { summary: 'aus QGIS' } }), headers: { ...borchen, 'Content-Type': 'application/merge-patch+json' } })
    expect(again.status).toBe(200)
    await sql`delete from projects where id = ${id}`
  })

  it('answers 428 to a write without If-Match from a client that never read the collection', async () => {
    const viewerless = await basicFor('paderborn@regiopol.example')
    await sql`delete from client_reads where collection = 'projects' and account_id = (select id from accounts where email = 'paderborn@regiopol.example')`
    const [own] = await sql<{ id: number }[]>`select id from projects where '05774032' = any(municipality_ags) order by id limit 1`
    const res = await app.request(`${items}/${own!.id}`, { method: 'PATCH', body: JSON.stringify({ properties: { status: 'planung' } }), headers: { ...viewerless, 'Content-Type': 'application/merge-patch+json' } })
    expect(res.status).toBe(428)
  })
})
