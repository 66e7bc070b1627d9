import { describe, expect, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { AGS, auditRows, fixtures, freeSquare, json, poolApp, sessions } from './support.ts'

const sql = testSql()
const app = poolApp(sql)
const as = await sessions(sql)
const fx = fixtures(sql)
const items = '/api/collections/compensation_areas/items'

describe('the pool write path, step by step', () => {
  it('creates an area with eco points from biotope values, answers 201 with Location and ETag, and audits it', async () => {
    const geometry = await freeSquare(sql, AGS.borchen, 1)
    const res = await app.request(items, json('POST', {
      type: 'Feature', geometry,
      properties: { name: 'Streuobst am Hang', municipality_ags: AGS.borchen, measure_type: 'streuobstwiese', biotope_value_before: 3, biotope_value_after: 7 },
    }, as.borchen))
    const body = (await res.json()) as any
    expect(res.status, JSON.stringify(body)).toBe(201)
    fx.track(body.id)
    expect(res.headers.get('location')).toMatch(new RegExp(`/api/collections/compensation_areas/items/${body.id}$`))
    expect(res.headers.get('etag')).toBe(`"area-${body.id}-v1-full"`)
    const [{ m2 }] = (await sql`select ST_Area(ST_Transform(geom, 25832)) as m2 from compensation_areas where id = ${body.id}`) as any
    expect(body.properties.eco_points_total).toBe(Math.round(4 * m2))
    expect(body.properties.status).toBe('geplant')
    const audit = await auditRows(sql, body.id)
    expect(audit.map((a) => a.action)).toEqual(['create'])
    expect(audit[0]!.account_email).toBe('borchen@regiopol.example')
    expect(audit[0]!.after.name).toBe('Streuobst am Hang')
  })

  it('changes an area with If-Match, bumps the version and records before and after', async () => {
    const area = await fx.area({ ags: AGS.borchen })
    const res = await app.request(`${items}/${area.id}`, json('PATCH', { properties: { name: 'Neuer Name' } }, { ...as.borchen, 'If-Match': area.etag }))
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe(`"area-${area.id}-v2-full"`)
    const audit = await auditRows(sql, area.id)
    expect(audit.at(-1)).toMatchObject({ action: 'update', before: { name: expect.stringMatching(/^Testfläche/) }, after: { name: 'Neuer Name', version: 2 } })
  })

  it('keeps the eco points total when only the description changes, and recomputes it when the biotope values do', async () => {
    const geometry = await freeSquare(sql, AGS.borchen, 7)
    const created = await app.request(items, json('POST', {
      type: 'Feature', geometry,
      properties: { name: 'Hecke am Weg', municipality_ags: AGS.borchen, measure_type: 'hecke_feldgehoelz', biotope_value_before: 2, biotope_value_after: 5 },
    }, as.borchen))
    const area = (await created.json()) as any
    fx.track(area.id)
    // A total stored by an earlier rule (or an import) that differs from gain × m² by a rounding.
    await sql`update compensation_areas set eco_points_total = eco_points_total + 37 where id = ${area.id}`
    const [{ total, version }] = (await sql`select eco_points_total as total, version from compensation_areas where id = ${area.id}`) as any
    const etag = `"area-${area.id}-v${version}"`
    const described = await app.request(`${items}/${area.id}`, json('PATCH', { properties: { description: 'Schlehen und Weißdorn' } }, { ...as.borchen, 'If-Match': etag }))
    expect(described.status).toBe(200)
    expect(((await described.json()) as any).properties.eco_points_total).toBe(total)
    const revalued = await app.request(`${items}/${area.id}`, json('PATCH', { properties: { biotope_value_before: 2, biotope_value_after: 6 } }, { ...as.borchen, 'If-Match': described.headers.get('etag')! }))
    const revaluedBody = (await revalued.json()) as any
    expect(revalued.status, JSON.stringify(revaluedBody)).toBe(200)
    const [{ m2 }] = (await sql`select ST_Area(ST_Transform(geom, 25832)) as m2 from compensation_areas where id = ${area.id}`) as any
    expect(revaluedBody.properties.eco_points_total).toBe(Math.round(4 * m2))
  })

  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const area = await fx.area({ ags: AGS.borchen })
    expect((await app.request(`${items}/${area.id}`, json('PATCH', { properties: { name: 'x' } }, as.borchen))).status).toBe(428)
    const stale = `"area-${area.id}-v${area.version + 5}"`
    expect((await app.request(`${items}/${area.id}`, json('PATCH', { properties: { name: 'x' } }, { ...as.borchen, 'If-Match': stale }))).status).toBe(412)
    const [row] = await sql`select name, version from compensation_areas where id = ${area.id}`
    expect(row!.version).toBe(area.version)
    expect(await auditRows(sql, area.id)).toEqual([])
  })

  it('serves the ETag that a PATCH needs on the OGC item', async () => {
    const area = await fx.area({ ags: AGS.borchen })
    const res = await app.request(`${items}/${area.id}`, { headers: as.borchen })
    expect(res.headers.get('etag')).toBe(`"area-${area.id}-v${area.version}-full"`)
    const patched = await app.request(`${items}/${area.id}`, json('PATCH', { properties: { description: 'neu' } }, { ...as.borchen, 'If-Match': res.headers.get('etag')! }))
    expect(patched.status).toBe(200)
  })

  it('accepts as If-Match the ETag a browser gets, weakened by gzip compression', async () => {
    const area = await fx.area({ ags: AGS.borchen })
    const res = await app.request(`${items}/${area.id}`, { headers: { ...as.borchen, 'Accept-Encoding': 'gzip' } })
    const etag = res.headers.get('etag')!
    expect(etag).toBe(`W/"area-${area.id}-v${area.version}-full"`)
    const patched = await app.request(`${items}/${area.id}`, json('PATCH', { properties: { description: 'aus dem Browser' } }, { ...as.borchen, 'If-Match': etag }))
    expect(patched.status).toBe(200)
    const again = await app.request(`${items}/${area.id}`, json('PATCH', { properties: { description: 'veraltet' } }, { ...as.borchen, 'If-Match': etag }))
    expect(again.status).toBe(412)
  })

  it('moves an area from geplant to verfügbar and records the transition', async () => {
    const area = await fx.area({ ags: AGS.borchen, status: 'geplant' })
    const res = await app.request(`${items}/${area.id}/status`, json('POST', { to: 'verfuegbar', reason: 'Maßnahme umgesetzt' }, as.borchen))
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).properties.status).toBe('verfuegbar')
    expect(await auditRows(sql, area.id)).toMatchObject([{ action: 'status', reason: 'Maßnahme umgesetzt', before: { status: 'geplant' }, after: { status: 'verfuegbar' } }])
  })

  it('reserves across municipalities, books partly, and the balance and status follow', async () => {
    const area = await fx.area({ ags: AGS.paderborn, points: 1000 })
    // Borchen reserves from a Paderborn area for a Borchen intervention.
    const reserve = await app.request(`/api/compensation-areas/${area.id}/bookings`, json('POST', {
      intervention_name: 'B-Plan Nr. 12 „Am Kirchweg“', reference: 'BP 12', municipality_ags: AGS.borchen, points: 1000,
    }, as.borchen))
    const reserved = (await reserve.json()) as any
    expect(reserve.status, JSON.stringify(reserved)).toBe(201)
    expect(reserved.area).toMatchObject({ eco_points_available: 0, status: 'reserviert' })
    // Only the owner books; 600 of the 1000 reserved, 400 return to the balance.
    const book = await app.request(`/api/compensation-areas/${area.id}/bookings/${reserved.booking.id}/book`, json('POST', { points: 600 }, as.paderborn))
    const booked = (await book.json()) as any
    expect(book.status, JSON.stringify(booked)).toBe(200)
    expect(booked.booking).toMatchObject({ kind: 'abbuchung', points: 600, status: 'aktiv' })
    expect(booked.area).toMatchObject({ eco_points_available: 400, status: 'verfuegbar' })
    const [pub] = await sql`select eco_points_available from compensation_areas_public where id = ${area.id}`
    expect(pub!.eco_points_available).toBe(400)
    const cancel = await app.request(`/api/compensation-areas/${area.id}/bookings/${reserved.booking.id}/cancel`, json('POST', { reason: 'B-Plan aufgehoben' }, as.paderborn))
    expect(cancel.status).toBe(200)
    expect(((await cancel.json()) as any).area.eco_points_available).toBe(1000)
    const actions = (await auditRows(sql, area.id)).map((a) => `${a.entity}:${a.action}`)
    expect(actions).toEqual(['compensation_booking:reserve', 'compensation_area:status', 'compensation_booking:book', 'compensation_area:status', 'compensation_booking:cancel'])
  })

  it('releases a reservation with a reason', async () => {
    const area = await fx.area({ ags: AGS.borchen, points: 500 })
    const r = (await (await app.request(`/api/compensation-areas/${area.id}/bookings`, json('POST', { intervention_name: 'Radweg', municipality_ags: AGS.borchen, points: 200 }, as.borchen))).json()) as any
    const res = await app.request(`/api/compensation-areas/${area.id}/bookings/${r.booking.id}/release`, json('POST', { reason: 'Vorhaben verschoben' }, as.borchen))
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).booking).toMatchObject({ status: 'freigegeben', reason: 'Vorhaben verschoben' })
    const ledger = await app.request(`/api/compensation-areas/${area.id}/bookings`, { headers: as.viewer })
    expect(((await ledger.json()) as any).bookings).toHaveLength(1)
    const history = (await (await app.request(`/api/compensation-areas/${area.id}/history`, { headers: as.viewer })).json()) as any
    expect(history.history.map((h: any) => h.action)).toEqual(['reserve', 'release'])
  })

  it('lists offers with enough balance, nearest first, marking municipality and district', async () => {
    const near = await fx.area({ ags: AGS.borchen, points: 9_999_999 })
    const [c] = await sql<{ lon: number; lat: number }[]>`select ST_X(ST_Centroid(geom)) as lon, ST_Y(ST_Centroid(geom)) as lat from compensation_areas where id = ${near.id}`
    const res = await app.request(`/api/compensation-areas/offers?lon=${c!.lon}&lat=${c!.lat}&points=9999999`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body.intervention.municipality_ags).toBe(AGS.borchen)
    expect(body.offers[0]).toMatchObject({ id: near.id, distance_m: 0, same_municipality: true, same_district: true })
    expect(body.offers.every((o: any) => o.eco_points_available >= 9_999_999)).toBe(true)
  })

  it('exports pool and ledger for the region office only', async () => {
    const geo = await app.request('/api/compensation-areas/export/areas.geojson', { headers: as.admin })
    expect(geo.status).toBe(200)
    const fc = (await geo.json()) as any
    expect(fc.features.length).toBeGreaterThan(30)
    expect(fc.features[0].properties).toHaveProperty('authority_file_number')
    const csv = await app.request('/api/compensation-areas/export/bookings.csv', { headers: as.admin })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect((await csv.text()).split('\r\n')[0]).toContain('intervention_name')
    expect((await app.request('/api/compensation-areas/export/areas.csv', { headers: as.borchen })).status).toBe(403)
    expect((await app.request('/api/compensation-areas/export/areas.csv')).status).toBe(401)
  })

  it('serves restricted fields to signed-in clients only', async () => {
    const anon = (await (await app.request(`${items}/1`)).json()) as any
    expect(anon.properties).not.toHaveProperty('authority_file_number')
    const signed = await app.request(`${items}/1`, { headers: as.viewer })
    expect(((await signed.json()) as any).properties).toHaveProperty('authority_file_number')
    expect(signed.headers.get('cache-control')).toContain('private')
  })
})
