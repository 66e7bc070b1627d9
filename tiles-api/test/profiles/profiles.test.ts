import { medianOf, PROFILE_INDICATORS, type MunicipalityList, type MunicipalityProfile } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { getJson, testApp, testSql } from '../support/app.ts'

const sql = testSql()
const app = testApp(sql)

const profile = async (ags: string) => (await getJson<MunicipalityProfile>(app, `/api/municipalities/${ags}/profile`)).body

const ALTENBEKEN = '05774004'
const DETMOLD = '05766020'
const MARSBERG = '05958024'

/*
 * Hand-checked values (seed data; none of the other test files writes to these three
 * municipalities). Independent queries below measure on the ellipsoid (geography), not in
 * EPSG:25832, so they share no code with the API's SQL.
 */

describe('GET /api/municipalities', () => {
  it('lists the 29 municipalities with key figures, sorted by name', async () => {
    const { res, body } = await getJson<MunicipalityList>(app, '/api/municipalities')
    expect(res.status).toBe(200)
    expect(body.items).toHaveLength(29)
    expect(body.items.map((m) => m.name)).toEqual([...body.items.map((m) => m.name)].sort((a, b) => a.localeCompare(b, 'de')))
    expect(body.catchment_radius_m).toBe(1200)
    const paderborn = body.items.find((m) => m.ags === '05774032')!
    expect(paderborn).toMatchObject({ name: 'Paderborn', population: 155749, area_km2: 179.59, density_per_km2: 867.2, rail_stops: 5 })
  })

  it('gives the regional median of the 29 densities: 154.8 EW/km² (Warstein, the 15th of 29)', async () => {
    const { body } = await getJson<MunicipalityList>(app, '/api/municipalities')
    expect(body.medians.density).toBe(154.8)
    expect(body.items.find((m) => m.density_per_km2 === 154.8)!.name).toBe('Warstein')
  })

  it('gives every median as the middle of the known values, over as many municipalities as have one', async () => {
    const { body } = await getJson<MunicipalityList>(app, '/api/municipalities')
    for (const d of PROFILE_INDICATORS) {
      const values = body.items.map((m) => m.indicators[d.id]).filter((v): v is number => v !== null).sort((a, b) => a - b)
      expect(values.length % 2 === 1 ? values[(values.length - 1) / 2] : (values[values.length / 2 - 1]! + values[values.length / 2]!) / 2).toBeCloseTo(body.medians[d.id]!, 9)
    }
    // Three municipalities have no development land, so that median is over 26 values.
    expect(body.items.filter((m) => m.indicators.land_in_catchment_share === null)).toHaveLength(3)
  })
})

describe('GET /api/municipalities/{ags}/profile', () => {
  it('gives population, area and density with their source', async () => {
    const p = await profile(ALTENBEKEN)
    expect(p).toMatchObject({ ags: ALTENBEKEN, name: 'Altenbeken', district: 'Kreis Paderborn', density_per_km2: 120.6 })
    expect(p.population.value).toBe(9190)
    expect(p.population.source).toMatch(/VG250-EW/)
    expect(p.population.attribution).toMatch(/GeoBasis-DE \/ BKG/)
    expect(p.area.km2).toBe(76.22)
  })

  it('counts the inhabitants of the five Zensus cells whose centre lies within 1,200 m of Altenbeken station: 4,583', async () => {
    // By hand: 1kmN3184E4248 1,099 (447 m), N3184E4247 1,108 (557 m), N3185E4248 32 (1,058 m),
    // N3183E4248 2,162 (1,131 m), N3183E4247 182 (1,179 m); the next cell is 1,445 m away.
    const p = await profile(ALTENBEKEN)
    expect(p.rail.radius_m).toBe(1200)
    expect(p.rail.stops.map((s) => s.name)).toEqual(['Altenbeken'])
    expect(p.rail.catchment_population).toBe(1099 + 1108 + 32 + 2162 + 182)
    expect(p.rail.stops[0]!.catchment_population).toBe(4583)
    const [grid] = await sql<{ n: number }[]>`select sum(population)::int as n from population_grid where municipality_ags = ${ALTENBEKEN}`
    expect(p.rail.grid_population).toBe(grid!.n)
    expect(p.rail.catchment_share).toBeCloseTo(4583 / grid!.n, 12)
  })

  it('agrees with an independent ellipsoidal count of catchment inhabitants for every municipality', async () => {
    const rows = await sql<{ ags: string; inside: number; borderline: number }[]>`
      with d as (
        select c.municipality_ags as ags, c.population,
               (select min(ST_Distance(ST_Centroid(c.geom)::geography, s.geom::geography)) from rail_stops s) as m
        from population_grid c where c.in_region)
      select ags, coalesce(sum(population) filter (where m <= 1200), 0)::int as inside,
             count(*) filter (where abs(m - 1200) < 3)::int as borderline
      from d group by ags`
    const { body } = await getJson<MunicipalityList>(app, '/api/municipalities')
    for (const r of rows) {
      expect(r.borderline, `${r.ags}: a cell centre within 3 m of the radius would make the check ambiguous`).toBe(0)
      expect(body.items.find((m) => m.ags === r.ags)!.catchment_population, r.ags).toBe(r.inside)
    }
  })

  it('splits Altenbeken’s development land: site 41 wholly inside the catchment, sites 39 and 40 wholly outside', async () => {
    // Site 41 reaches at most 405 m from the station; 39 and 40 begin 2.3 and 4.4 km away.
    const p = await profile(ALTENBEKEN)
    const [area] = await sql<{ id: number; ha: number }[]>`select id, ST_Area(geom::geography) / 10000 as ha from development_land where id = 41`
    expect(p.development_land).toMatchObject({ sample: true, sites: 3, sites_inside: 1, sites_outside: 2 })
    expect(p.development_land.inside_ha).toBeCloseTo(area!.ha, 2)
    expect(p.development_land.area_ha).toBeCloseTo(0.94 + 15.59 + 1.15, 1)
    expect(p.development_land.outside_ha + p.development_land.inside_ha).toBeCloseTo(p.development_land.area_ha, 9)
  })

  it('agrees within 1 % with development land inside catchments measured on ellipsoidal buffers, over the region', async () => {
    const [row] = await sql<{ ha: number }[]>`
      select sum(coalesce(ST_Area(ST_Intersection(d.geom, (
        select ST_Union(ST_Buffer(s.geom::geography, 1200, 'quad_segs=32')::geometry) from rail_stops s
        where ST_DWithin(s.geom::geography, d.geom::geography, 1300)))::geography), 0)) / 10000 as ha
      from development_land d`
    const { body } = await getJson<MunicipalityList>(app, '/api/municipalities')
    const api = body.items.reduce((s, m) => s + m.development_land_inside_ha, 0)
    expect(api).toBeGreaterThan(10)
    expect(Math.abs(api - row!.ha) / row!.ha).toBeLessThan(0.01)
  })

  it('balances Detmold’s pool: 125,937 points, 66,100 reserved, 27,000 booked, 32,837 available (a released reservation no longer counts)', async () => {
    const p = await profile(DETMOLD)
    expect(p.pool).toMatchObject({
      sample: true, areas: 1, points_total: 125937, points_planned: 0, points_reserved: 66100, points_booked: 27000, points_available: 32837,
    })
  })

  it('counts a planned area in the total but not as available (Marsberg: one planned, one fully booked area)', async () => {
    const p = await profile(MARSBERG)
    expect(p.pool).toMatchObject({ areas: 2, points_total: 148090 + 36906, points_planned: 148090, points_booked: 36906, points_reserved: 0, points_available: 0 })
  })

  it('weights hospital distances by inhabitants like an independent ellipsoidal computation (within 0.1 %)', async () => {
    const rows = await sql<{ ags: string; mean_m: number; within: number; pop: number }[]>`
      with d as (
        select c.municipality_ags as ags, c.population,
               (select min(ST_Distance(ST_Centroid(c.geom)::geography, h.geom::geography)) from health_facilities h where h.care_type = 'general') as m
        from population_grid c where c.in_region)
      select ags, sum(population * m) / sum(population) as mean_m,
             sum(population) filter (where m <= 10000)::float8 as within, sum(population)::float8 as pop
      from d group by ags`
    const { body } = await getJson<MunicipalityList>(app, '/api/municipalities')
    for (const r of rows) {
      expect(Math.abs(body.items.find((m) => m.ags === r.ags)!.hospital_mean_distance_km! * 1000 - r.mean_m) / r.mean_m, r.ags).toBeLessThan(0.001)
    }
    const p = await profile(MARSBERG)
    const m = rows.find((r) => r.ags === MARSBERG)!
    expect(p.health.share_within_threshold).toBeCloseTo(m.within / m.pop, 2)
    expect(p.health.mean_car_minutes).toBeCloseTo(((p.health.mean_distance_km! * 1.3) / 50) * 60, 9)
    // 17 general hospitals outside and 16 inside the region; psychiatric and specialist sites do not count.
    expect(p.health.hospitals).toBe(33)
  })

  it('lists the municipality’s projects and its sample contact', async () => {
    const p = await profile('05774012')
    const expected = await sql<{ id: number }[]>`select id from projects where '05774012' = any(municipality_ags) order by title, id`
    expect(p.projects.items.map((x) => x.id)).toEqual(expected.map((r) => r.id))
    expect(p.projects.items.map((x) => x.title)).toContain('Dorfauto Borchen')
    expect(p.contact).toMatchObject({ role: 'regiopolPate', sample: true })
    expect(p.contact!.email).toMatch(/@borchen\.example\.org$/)
  })

  it('lists the current exchange posts of a municipality and leaves out expired and closed ones', async () => {
    const [row] = await sql<{ ags: string; current: number[]; expired: number }[]>`
      select municipality_ags as ags,
             array_agg(id order by expires_on, id) filter (where closed_at is null and expires_on >= current_date) as current,
             count(*) filter (where closed_at is not null or expires_on < current_date)::int as expired
      from exchange_posts group by municipality_ags
      order by count(*) filter (where closed_at is not null or expires_on < current_date) > 0 desc, count(*) desc, municipality_ags limit 1`
    expect(row!.expired).toBeGreaterThan(0)
    const p = await profile(row!.ags)
    expect(p.exchange_posts.items.map((x) => x.id)).toEqual(row!.current ?? [])
  })

  it('compares six indicators against the median with a direction-aware verdict', async () => {
    const p = await profile(ALTENBEKEN)
    const { body } = await getJson<MunicipalityList>(app, '/api/municipalities')
    expect(p.comparison.municipalities).toBe(29)
    expect(p.comparison.indicators.map((i) => i.id)).toEqual(PROFILE_INDICATORS.map((d) => d.id))
    const byId = Object.fromEntries(p.comparison.indicators.map((i) => [i.id, i]))
    expect(byId.density).toMatchObject({ value: 120.6, median: 154.8, n: 29, verdict: 'context' })
    expect(byId.projects_per_10000!.median).toBeCloseTo(medianOf(body.items.map((m) => m.indicators.projects_per_10000))!, 12)
    // Altenbeken: 4,583 of its grid inhabitants near the station, against a median share of about 10 %.
    expect(byId.rail_catchment_share!.value! > byId.rail_catchment_share!.median! * 1.1).toBe(true)
    expect(byId.rail_catchment_share!.verdict).toBe('strength')
    // Land: 1.15 of 17.7 ha inside (6.5 %) is below the median; hospitals: farther than the median is a weakness.
    const land = byId.land_in_catchment_share!
    expect(land.verdict).toBe(land.value! < land.median! * 0.9 ? 'weakness' : land.value! > land.median! * 1.1 ? 'strength' : 'average')
    const hospital = byId.hospital_mean_distance_km!
    expect(hospital.verdict).toBe(hospital.value! > hospital.median! * 1.1 ? 'weakness' : hospital.value! < hospital.median! * 0.9 ? 'strength' : 'average')
  })

  it('answers 400 for a malformed AGS and 404 for one outside the region', async () => {
    const bad = await getJson(app, '/api/municipalities/0577401x/profile')
    expect(bad.res.status).toBe(400)
    expect(bad.res.headers.get('content-type')).toContain('application/problem+json')
    expect(bad.body).toMatchObject({ parameter: 'ags' })
    const unknown = await getJson(app, '/api/municipalities/05711000/profile')
    expect(unknown.res.status).toBe(404)
    expect(unknown.body.detail).toMatch(/05711000/)
    expect(unknown.res.headers.get('etag')).toBeNull()
  })

  it('answers 304 to a client holding the current version and a new ETag after a write to any table it reads', async () => {
    const url = `/api/municipalities/${ALTENBEKEN}/profile`
    const etag = (await app.request(url)).headers.get('etag')!
    expect(etag).toMatch(/^W\//)
    expect((await app.request(url, { headers: { 'If-None-Match': etag } })).status).toBe(304)
    const listEtag = (await app.request('/api/municipalities')).headers.get('etag')!
    expect((await app.request('/api/municipalities', { headers: { 'If-None-Match': listEtag } })).status).toBe(304)
    await sql`update municipality_contacts set phone = phone where municipality_ags = ${ALTENBEKEN}`
    const after = await app.request(url, { headers: { 'If-None-Match': etag } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
  })
})
