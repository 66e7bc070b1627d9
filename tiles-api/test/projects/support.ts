import type { Sql } from 'postgres'
import { afterAll } from 'vitest'

/*
 * Helpers of the project tests. Projects the tests make are deleted afterwards so that
 * the seed counts other tests check stay right; their audit rows stay (append-only).
 */

export { AGS, EMAIL, json, poolApp as projectApp, sessions, type Who } from '../pool/support.ts'

/** Inside Borchen (05774012), near the Dorfauto sample project. */
export const BORCHEN_POINT = { type: 'Point' as const, coordinates: [8.72, 51.66] as [number, number] }

export const validProperties = (ags: string[] = ['05774012']) => ({
  title: 'Testprojekt Mitfahrbank',
  summary: 'Eine Bank zum Mitfahren.',
  action_field: 'mobilitaet',
  status: 'idee',
  municipality_ags: ags,
  start_date: '2025-01-01',
  end_date: '2026-12-31',
  contact_name: 'Testperson',
  contact_role: 'Ortsvorsteherin',
  contact_email: 'test@example.org',
  contact_phone: '+49 5251 123456',
  contact_consent: false,
  tags: ['mitfahren'],
})

/** Projects inserted directly (no API) or through it, deleted after the file's tests. */
export function projectFixtures(sql: Sql) {
  const made: number[] = []
  afterAll(async () => {
    if (made.length) await sql`delete from projects where id in ${sql(made)}`
  })
  return {
    track(id: number) {
      made.push(id)
    },
    async project(o: { ags?: string[]; consent?: boolean; title?: string } = {}) {
      const [row] = await sql<{ id: number; version: number }[]>`
        insert into projects (title, action_field, status, municipality_ags, contact_name, contact_email, contact_consent)
        values (${o.title ?? 'Testprojekt'}, 'mittelstand', 'idee', ${o.ags ?? ['05774012']}::text[], 'Geheime Person', 'geheim@example.org', ${o.consent ?? false})
        returning id, version`
      made.push(row!.id)
      return { id: row!.id, etag: `"project-${row!.id}-v${row!.version}"` }
    },
  }
}

/** Everything the project database stores, plus the audit length: equal snapshots mean nothing changed. */
export async function projectSnapshot(sql: Sql): Promise<string> {
  const [row] = await sql<{ s: string }[]>`
    select concat_ws(E'\n',
      (select json_agg(t order by t.id)::text from (select *, ST_AsText(geom) as wkt from projects) t),
      (select count(*)::text || '/' || coalesce(max(id), 0)::text from audit_log)) as s`
  return row!.s
}
