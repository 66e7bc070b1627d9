import { Hono } from 'hono'
import type { TransactionSql } from 'postgres'
import { describe, expect, inject, it, vi } from 'vitest'
import { onError } from '../../src/middleware/problem.ts'
import { testSql } from '../support/app.ts'
import { AGS, fixtures } from './support.ts'

/*
 * Row-level security (migration 0016) as the second line of defence: these tests skip
 * the API entirely and write SQL the way a write transaction does (who writes, then
 * SET LOCAL ROLE regiopol_app), so a forgotten API check is what they simulate.
 * PostgreSQL itself must refuse rows of another municipality. Every transaction is
 * rolled back, so the data stays as the other test files expect it.
 */

const sql = testSql()
const fx = fixtures(sql)
const [{ usable } = { usable: false }] = await sql<{ usable: boolean }[]>`
  select case when exists (select from pg_roles where rolname = 'regiopol_app')
              then pg_has_role(current_user, 'regiopol_app', 'MEMBER') else false end as usable`
if (!usable) console.warn(`\n⚠️  SKIPPED: row-level security tests need the role regiopol_app (${inject('databaseKind')} database).\n`)

class Rollback extends Error {}

/** Runs `fn` as regiopol_app stating role and municipality, then rolls back; returns the error, if any. */
async function asWriter(role: string, ags: string, fn: (tx: TransactionSql) => Promise<unknown>): Promise<{ code?: string; message: string } | null> {
  try {
    await sql.begin(async (tx) => {
      await tx`select set_config('regiopol.role', ${role}, true), set_config('regiopol.municipality', ${ags}, true)`
      await tx`set local role regiopol_app`
      await fn(tx)
      throw new Rollback()
    })
  } catch (err) {
    if (err instanceof Rollback) return null
    return { code: (err as { code?: string }).code, message: (err as Error).message }
  }
  return null
}

describe.skipIf(!usable)('row-level security on the pool and the projects (PostgreSQL refuses, not the API)', () => {
  it('refuses a Borchen editor’s transaction changing the name of Delbrück’s area, with the guard’s reason', async () => {
    const area = await fx.area({ ags: AGS.delbrueck, name: 'Delbrücker Aue' })
    const refused = await asWriter('editor', AGS.borchen, (tx) => tx`update compensation_areas set name = 'Übernommen' where id = ${area.id}`)
    expect(refused).toEqual({ code: '42501', message: expect.stringMatching(/Zeilenschutz: Poolfläche \d+ gehört der Kommune 05774020/) })
    const [row] = await sql<{ name: string }[]>`select name from compensation_areas where id = ${area.id}`
    expect(row!.name).toBe('Delbrücker Aue')
  })

  it('lets the owning editor and the region office change the same area', async () => {
    const area = await fx.area({ ags: AGS.delbrueck })
    expect(await asWriter('editor', AGS.delbrueck, (tx) => tx`update compensation_areas set name = 'Neu' where id = ${area.id}`)).toBeNull()
    expect(await asWriter('admin', '', (tx) => tx`update compensation_areas set eco_points_total = 2000 where id = ${area.id}`)).toBeNull()
  })

  it('lets another municipality’s editor move only status and version (a reservation), not the points', async () => {
    const area = await fx.area({ ags: AGS.delbrueck })
    expect(await asWriter('editor', AGS.borchen, (tx) => tx`update compensation_areas set status = 'reserviert', version = version + 1, updated_at = now() where id = ${area.id}`)).toBeNull()
    const points = await asWriter('editor', AGS.borchen, (tx) => tx`update compensation_areas set eco_points_total = 1 where id = ${area.id}`)
    expect(points?.code).toBe('42501')
    const viewer = await asWriter('viewer', AGS.delbrueck, (tx) => tx`update compensation_areas set status = 'reserviert' where id = ${area.id}`)
    expect(viewer?.code, 'a viewer, even of the owning municipality').toBe('42501')
  })

  it('refuses inserting an area for another municipality and an unstated writer', async () => {
    const insert = (tx: TransactionSql) => tx`
      insert into compensation_areas (name, municipality_ags, measure_type, status, eco_points_total, geom)
      values ('Fremd', ${AGS.delbrueck}, 'hecke_feldgehoelz', 'geplant', 10,
              ST_Multi(ST_GeomFromText('POLYGON((8.60 51.80, 8.601 51.80, 8.601 51.801, 8.60 51.80))', 4326)))`
    expect(await asWriter('editor', AGS.borchen, insert)).toEqual({ code: '42501', message: expect.stringMatching(/row-level security/) })
    expect((await asWriter('', '', insert))?.code).toBe('42501')
    expect(await asWriter('editor', AGS.delbrueck, insert)).toBeNull()
  })

  it('allows a booking for the own intervention, refuses one that concerns neither side, and closes bookings only for the owner', async () => {
    const area = await fx.area({ ags: AGS.delbrueck })
    const book = (ags: string) => (tx: TransactionSql) => tx`
      insert into compensation_bookings (area_id, kind, intervention_name, municipality_ags, points)
      values (${area.id}, 'reservierung', 'Eingriff', ${ags}, 10)`
    expect(await asWriter('editor', AGS.borchen, book(AGS.borchen))).toBeNull()
    expect((await asWriter('editor', AGS.borchen, book(AGS.paderborn)))?.code).toBe('42501')
    const [booking] = await sql<{ id: number }[]>`
      insert into compensation_bookings (area_id, kind, intervention_name, municipality_ags, points)
      values (${area.id}, 'reservierung', 'Eingriff Borchen', ${AGS.borchen}, 10) returning id`
    const close = (tx: TransactionSql) => tx`update compensation_bookings set status = 'storniert', reason = 'x' where id = ${booking!.id}`
    expect((await asWriter('editor', AGS.borchen, close))?.code).toBe('42501')
    expect(await asWriter('editor', AGS.delbrueck, close)).toBeNull()
  })

  it('refuses changing or deleting a project that does not include the writer’s municipality', async () => {
    const [project] = await sql<{ id: number; municipality_ags: string[] }[]>`
      select id, municipality_ags from projects where not (${AGS.borchen} = any(municipality_ags)) order by id limit 1`
    const change = (tx: TransactionSql) => tx`update projects set title = 'Übernommen' where id = ${project!.id}`
    expect((await asWriter('editor', AGS.borchen, change))?.code).toBe('42501')
    expect(await asWriter('editor', project!.municipality_ags[0]!, change)).toBeNull()
    // RLS hides the row from a DELETE it may not do: nothing is deleted.
    let deleted = -1
    await asWriter('editor', AGS.borchen, async (tx) => (deleted = (await tx`delete from projects where id = ${project!.id}`).count))
    expect(deleted).toBe(0)
  })
})

describe('a refusal by row-level security reaching the API', () => {
  it('becomes a 403 problem, not a 500, and is logged as an error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = new Hono().post('/x', () => {
      throw Object.assign(new Error('new row violates row-level security policy for table "compensation_areas"'), { code: '42501' })
    })
    app.onError(onError)
    const res = await app.request('/x', { method: 'POST' })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ type: '/problems/row-level-security', status: 403 })
    expect(log).toHaveBeenCalledWith(expect.stringContaining('row-level security refused a write'))
    log.mockRestore()
  })
})
