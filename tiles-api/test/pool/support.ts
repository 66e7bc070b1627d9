import type { Sql } from 'postgres'
import { afterAll } from 'vitest'
import { createApp } from '../../src/app.ts'
import { createSession } from '../../src/db/queries/accounts.ts'

/*
 * Helpers of the pool tests. Areas the tests make are deleted afterwards (with their
 * bookings) so that the seed counts other tests check stay right; their audit rows
 * stay, as the audit trail is append-only by design.
 */

export const AGS = { paderborn: '05774032', borchen: '05774012', delbrueck: '05774020' } as const
export const ORIGIN = 'http://localhost'

export type Who = 'anonymous' | 'viewer' | 'borchen' | 'paderborn' | 'admin'
export const EMAIL: Record<Exclude<Who, 'anonymous'>, string> = {
  viewer: 'viewer@regiopol.example',
  borchen: 'borchen@regiopol.example',
  paderborn: 'paderborn@regiopol.example',
  admin: 'admin@regiopol.example',
}

/** The app with rate limits out of the way (they have their own test). */
export function poolApp(sql: Sql) {
  const unlimited = { seconds: 60, max: 1_000_000 }
  return createApp({ sql, log: false, rateLimits: { writes: unlimited } })
}
export type PoolApp = ReturnType<typeof poolApp>

/** Session cookies for the demo accounts, made directly (scrypt logins cost a second each). */
export async function sessions(sql: Sql): Promise<Record<Who, Record<string, string>>> {
  const headers: Partial<Record<Who, Record<string, string>>> = { anonymous: {} }
  for (const [who, email] of Object.entries(EMAIL) as [Exclude<Who, 'anonymous'>, string][]) {
    const [account] = await sql<{ id: number }[]>`select id from accounts where email = ${email}`
    if (!account) throw new Error(`demo account ${email} missing: did the seed run?`)
    headers[who] = { Cookie: `atlas_session=${await createSession(sql, account.id)}`, Origin: ORIGIN }
  }
  return headers as Record<Who, Record<string, string>>
}

export function json(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } }
}

/**
 * A square of `side` metres inside the municipality, at least 400 m from its boundary
 * and from every pool area (and from other squares handed out with other seeds).
 */
export async function freeSquare(sql: Sql, ags: string, seed: number, side = 80): Promise<{ type: 'Polygon'; coordinates: [number, number][][] }> {
  const [row] = await sql<{ g: { type: 'Polygon'; coordinates: [number, number][][] } }[]>`
    with m as (select ST_Buffer(ST_Transform(geom, 25832), -400) as g from municipalities where ags = ${ags}),
    candidates as (select (ST_Dump(ST_GeneratePoints(m.g, 400, ${seed}))).geom as p from m)
    select ST_AsGeoJSON(ST_Transform(ST_Envelope(ST_Buffer(c.p, ${side / 2})), 4326), 7)::json as g
    from candidates c
    where not exists (select 1 from compensation_areas a where ST_DWithin(ST_Transform(a.geom, 25832), c.p, 400))
    limit 1`
  if (!row) throw new Error(`no free place in ${ags}`)
  return row.g
}

export interface Fixture {
  id: number
  version: number
  etag: string
}

/** An area inserted directly (no API), deleted with its bookings after the file's tests. */
export function fixtures(sql: Sql) {
  const made: number[] = []
  afterAll(async () => {
    if (made.length === 0) return
    await sql`delete from compensation_bookings where area_id in ${sql(made)}`
    await sql`delete from compensation_areas where id in ${sql(made)}`
  })
  let seed = 1000
  return {
    track(id: number) {
      made.push(id)
    },
    async area(o: { ags: string; status?: string; points?: number; name?: string }): Promise<Fixture> {
      const square = await freeSquare(sql, o.ags, seed++)
      const [row] = await sql<{ id: number; version: number }[]>`
        insert into compensation_areas (name, municipality_ags, measure_type, status, eco_points_total, geom)
        values (${o.name ?? `Testfläche ${seed}`}, ${o.ags}, 'streuobstwiese', ${o.status ?? 'verfuegbar'}, ${o.points ?? 1000},
                ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(square)}::text), 4326)))
        returning id, version`
      made.push(row!.id)
      return { ...row!, etag: `"area-${row!.id}-v${row!.version}"` }
    },
  }
}

/** Everything the pool stores, as text: equal snapshots mean nothing changed. */
export async function snapshot(sql: Sql): Promise<string> {
  const [row] = await sql<{ s: string }[]>`
    select concat_ws(E'\n',
      (select json_agg(t order by t.id)::text from (select *, ST_AsText(geom) as wkt from compensation_areas) t),
      (select json_agg(t order by t.id)::text from compensation_bookings t),
      (select count(*)::text || '/' || coalesce(max(id), 0)::text from audit_log)) as s`
  return row!.s
}

export async function auditRows(sql: Sql, areaId: number) {
  return sql<{ action: string; entity: string; account_email: string; before: any; after: any; reason: string | null }[]>`
    select action, entity, account_email, before, after, reason from audit_log where area_id = ${areaId} order by id`
}
