import { ROLES, type Role } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import { createAccount } from '../db/queries/accounts.ts'
import { hashPassword } from './password.ts'

/* Account administration for the CLI (scripts/src/accounts): the API has no endpoint for it yet. */

export const MIN_PASSWORD_LENGTH = 12

export interface NewAccount {
  email: string
  displayName: string
  role: Role
  municipalityAgs: string | null
  password: string
}

/** Checks and creates an account; throws an Error with a message for people. */
export async function addAccount(sql: Sql, a: NewAccount): Promise<number> {
  const email = a.email.trim().toLowerCase()
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`"${a.email}" is not an e-mail address`)
  if (!ROLES.includes(a.role)) throw new Error(`role must be one of ${ROLES.join(', ')}`)
  if (a.role === 'editor' && !a.municipalityAgs) throw new Error('an editor needs --municipality <AGS>')
  if (a.role === 'admin' && a.municipalityAgs) throw new Error('an admin belongs to the region office, not to a municipality')
  if (a.municipalityAgs) {
    const [m] = await sql`select 1 from municipalities where ags = ${a.municipalityAgs}`
    if (!m) throw new Error(`no municipality with AGS ${a.municipalityAgs} in the region`)
  }
  if (a.password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  const [exists] = await sql`select 1 from accounts where email = ${email}`
  if (exists) throw new Error(`an account ${email} exists already`)
  return createAccount(sql, { email, displayName: a.displayName, role: a.role, municipalityAgs: a.municipalityAgs, passwordHash: await hashPassword(a.password) })
}

export function listAccounts(sql: Sql) {
  return sql<{ id: number; email: string; display_name: string; role: Role; municipality_ags: string | null; demo: boolean; disabled: boolean }[]>`
    select id, email, display_name, role, municipality_ags, demo, disabled_at is not null as disabled from accounts order by id`
}

/** Disables an account, ends its sessions and revokes its tokens. */
export async function disableAccount(sql: Sql, email: string): Promise<boolean> {
  return sql.begin(async (tx) => {
    const [row] = await tx<{ id: number }[]>`update accounts set disabled_at = now() where email = ${email.toLowerCase()} returning id`
    if (!row) return false
    await tx`delete from sessions where account_id = ${row.id}`
    await tx`update api_tokens set revoked_at = now() where account_id = ${row.id} and revoked_at is null`
    return true
  })
}

/** Sets a new password and ends the account's sessions. */
export async function setPassword(sql: Sql, email: string, password: string): Promise<boolean> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  const hash = await hashPassword(password)
  return sql.begin(async (tx) => {
    const [row] = await tx<{ id: number }[]>`update accounts set password_hash = ${hash} where email = ${email.toLowerCase()} returning id`
    if (!row) return false
    await tx`delete from sessions where account_id = ${row.id}`
    return true
  })
}
