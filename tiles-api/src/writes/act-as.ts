import type { Sql, TransactionSql } from 'postgres'
import type { Principal } from '../auth/principal.ts'

/*
 * The second line of defence (migration 0016_row_level_security.sql): every write
 * transaction of the pool and the project database tells PostgreSQL who writes, and
 * switches to the non-superuser role regiopol_app, whose row-level security policies
 * then refuse a row of another municipality even if an API check were missing.
 *
 * The role switch happens only where the connecting user may take the role; the
 * embedded PGlite runs as a superuser without it (superusers bypass RLS anyway), so
 * there the settings are stated but nothing changes.
 */

const usable = new WeakMap<Sql, Promise<boolean>>()

/**
 * Whether this database has the role and our login may SET ROLE to it: asked once per
 * pool, inside the first transaction (the embedded pool has one connection, which the
 * transaction holds).
 */
export function canActAsApp(sql: Sql, tx: TransactionSql): Promise<boolean> {
  let known = usable.get(sql)
  if (!known) {
    known = tx<{ ok: boolean }[]>`
      select case when exists (select from pg_roles where rolname = 'regiopol_app')
                  then pg_has_role(current_user, 'regiopol_app', 'MEMBER') else false end as ok`.then(([row]) => row!.ok)
    usable.set(sql, known)
  }
  return known
}

/** First statement of a write transaction: who writes, and (where possible) as regiopol_app. */
export async function actAs(sql: Sql, tx: TransactionSql, who: Principal | null): Promise<void> {
  await tx`select set_config('regiopol.role', ${who?.role ?? ''}, true), set_config('regiopol.municipality', ${who?.municipalityAgs ?? ''}, true)`
  if (await canActAsApp(sql, tx)) await tx`set local role regiopol_app`
}
