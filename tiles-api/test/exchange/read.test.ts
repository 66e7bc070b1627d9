import { describe, expect, it } from 'vitest'
import { getJson, testSql } from '../support/app.ts'
import { currentExchangePosts } from '../support/seed-counts.ts'
import { exchangeApp, postFixtures, sessions } from './support.ts'

/*
 * Reading the board: the public collection hides expired posts, signed-in accounts see them
 * with include=expired, contact details only with consent. Counts are from the sample file
 * (geodata/seed/sample/exchange_posts.geojson): 21 posts, 4 with a negative expires_in_days.
 */

const sql = testSql()
const app = exchangeApp(sql)
const fx = postFixtures(sql)
const ITEMS = '/api/collections/exchange_posts/items'

describe('the exchange board collection', () => {
  it('serves the 17 current sample posts to anonymous clients and hides the 4 expired ones', async () => {
    expect(currentExchangePosts()).toBe(17)
    const { res, body } = await getJson(app, `${ITEMS}?sample=true`)
    expect(res.status).toBe(200)
    expect(body.numberMatched).toBe(17)
    expect(body.features.some((f: any) => f.properties.title.startsWith('Streusalzsilo'))).toBe(false)
    expect(body.features.every((f: any) => f.properties.expired === false)).toBe(true)
  })

  it('filters by type and category: three current offers of equipment, not the expired salt silo', async () => {
    const { body } = await getJson(app, `${ITEMS}?type=biete&category=ausstattung&sample=true`)
    expect(body.features.map((f: any) => f.properties.municipality).sort()).toEqual(['Brakel', 'Delbrück', 'Paderborn'])
  })

  it('filters by municipality name and by AGS', async () => {
    const byName = await getJson(app, `${ITEMS}?municipality=Geseke&sample=true`)
    expect(byName.body.features.map((f: any) => f.properties.title).sort()).toEqual([
      'Ausbildungsplätze Verwaltungsfachangestellte im Verbund', 'Ökopunkte für Gewerbegebiet Ost gesucht'])
    const byAgs = await getJson(app, `${ITEMS}?municipality_ags=05974020&sample=true`)
    expect(byAgs.body.numberMatched).toBe(2)
  })

  it('blanks contact details where the contact did not agree', async () => {
    const { body } = await getJson(app, `${ITEMS}?type=biete&category=ausstattung&sample=true`)
    const stage = body.features.find((f: any) => f.properties.municipality === 'Delbrück').properties
    expect(stage).toMatchObject({ contact_consent: false, contact_name: null, contact_email: null, contact_phone: null, contact_role: null })
    const sweeper = body.features.find((f: any) => f.properties.municipality === 'Paderborn').properties
    expect(sweeper).toMatchObject({ contact_consent: true, contact_role: 'Leitung Bauhof' })
    expect(sweeper.contact_email).toMatch(/@example\.org$/)
  })

  it('refuses include=expired to anonymous clients with 401 and lists all 21 for a viewer', async () => {
    expect((await app.request(`${ITEMS}?include=expired`)).status).toBe(401)
    const { viewer } = await sessions(sql)
    const res = await app.request(`${ITEMS}?include=expired&sample=true`, { headers: viewer })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toContain('private')
    const body = (await res.json()) as any
    expect(body.numberMatched).toBe(21)
    expect(body.features.filter((f: any) => f.properties.expired).length).toBe(4)
  })

  it('answers 400 for an unknown include value', async () => {
    const res = await app.request(`${ITEMS}?include=all`)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('include')
  })

  it('shows a closed post neither on the board nor as an item, but to signed-in accounts', async () => {
    const closed = await fx.post({ closed: true, consent: true })
    const { body } = await getJson(app, `${ITEMS}?limit=1000`)
    expect(body.features.some((f: any) => f.id === closed.id)).toBe(false)
    expect((await app.request(`${ITEMS}/${closed.id}`)).status).toBe(404)
    const gone = await app.request(`/api/exchange-posts/${closed.id}`)
    expect(gone.status).toBe(410)
    expect(await gone.text()).toContain('geschlossen')
    const { viewer } = await sessions(sql)
    const seen = await getJson(app, `/api/exchange-posts/${closed.id}`, { headers: viewer })
    expect(seen.body.properties).toMatchObject({ expired: true })
    expect(seen.body.properties.closed_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('gives the post with its ETag and withholds contact without consent, except to its own editors', async () => {
    const p = await fx.post({ consent: false })
    const anonymous = await getJson(app, `/api/exchange-posts/${p.id}`)
    expect(anonymous.res.headers.get('ETag')).toBe(p.etag)
    expect(anonymous.body.properties.contact_email).toBeNull()
    const { borchen, paderborn } = await sessions(sql)
    const own = await getJson(app, `/api/exchange-posts/${p.id}`, { headers: borchen })
    expect(own.body.properties.contact_email).toBe('geheim@example.org')
    expect(own.res.headers.get('ETag')).toBe(`"exchange-${p.id}-v1-full"`)
    const other = await getJson(app, `/api/exchange-posts/${p.id}`, { headers: paderborn })
    expect(other.body.properties.contact_email).toBeNull()
  })

  it('lists the collection with its German title and the include parameter in the OpenAPI document', async () => {
    const { body } = await getJson(app, '/api/collections/exchange_posts')
    expect(body.title).toBe('Ich suche / Ich biete')
    const api = await getJson(app, '/api/openapi')
    const params = api.body.paths['/collections/exchange_posts/items'].get.parameters.map((p: any) => p.name)
    expect(params).toEqual(expect.arrayContaining(['include', 'type', 'category', 'municipality']))
  })
})
