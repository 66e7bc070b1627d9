import type { Sql } from 'postgres'
import { afterAll } from 'vitest'

/*
 * Helpers of the exchange-board tests. Posts the tests make are deleted afterwards so that
 * the seed counts other tests check stay right; their audit rows stay (append-only).
 */

export { AGS, EMAIL, json, poolApp as exchangeApp, sessions, type Who } from '../pool/support.ts'

export const ITEMS = '/api/collections/exchange_posts/items'

/** Inside Borchen (05774012). */
export const BORCHEN_POINT = { type: 'Point' as const, coordinates: [8.72, 51.66] as [number, number] }

/** An ISO date `days` from today (UTC, as the database counts in the tests). */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

export const validPost = (ags = '05774012') => ({
  type: 'suche',
  category: 'ausstattung',
  municipality_ags: ags,
  title: 'Testbeitrag Mähraupe gesucht',
  description: 'Für zwei Wochen im Sommer.',
  contact_name: 'Testperson',
  contact_role: 'Bauhof',
  contact_email: 'test@example.org',
  contact_phone: '+49 5251 123456',
  contact_consent: false,
  expires_on: inDays(30),
})

/** Posts inserted directly (no API) or through it, deleted after the file's tests. */
export function postFixtures(sql: Sql) {
  const made: number[] = []
  afterAll(async () => {
    if (made.length) await sql`delete from exchange_posts where id in ${sql(made)}`
  })
  return {
    track(id: number) {
      made.push(id)
    },
    async post(o: { ags?: string; consent?: boolean; expiresInDays?: number; closed?: boolean; title?: string } = {}) {
      const [row] = await sql<{ id: number; version: number }[]>`
        insert into exchange_posts (type, category, municipality_ags, title, contact_name, contact_email, contact_consent, expires_on, closed_at)
        values ('biete', 'fachwissen', ${o.ags ?? '05774012'}, ${o.title ?? 'Testbeitrag'}, 'Geheime Person', 'geheim@example.org',
                ${o.consent ?? false}, current_date + ${o.expiresInDays ?? 30}::int, ${o.closed ? sql`now()` : null})
        returning id, version`
      made.push(row!.id)
      return { id: row!.id, etag: `"exchange-${row!.id}-v${row!.version}"` }
    },
  }
}

/** Everything the board stores, plus the audit length: equal snapshots mean nothing changed. */
export async function exchangeSnapshot(sql: Sql): Promise<string> {
  const [row] = await sql<{ s: string }[]>`
    select concat_ws(E'\n',
      (select json_agg(t order by t.id)::text from (select *, ST_AsText(geom) as wkt from exchange_posts) t),
      (select count(*)::text || '/' || coalesce(max(id), 0)::text from audit_log)) as s`
  return row!.s
}

export function exchangeHistory(sql: Sql, id: number) {
  return sql<{ action: string; account_email: string; before: any; after: any }[]>`
    select action, account_email, before, after from audit_log where entity = 'exchange_post' and entity_id = ${id} order by id`
}
