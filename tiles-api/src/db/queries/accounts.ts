import type { AccountInfo, Role, TokenInfo } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../../auth/principal.ts'
import { SESSION_IDLE_HOURS, SESSION_MAX_DAYS } from '../../auth/principal.ts'
import { randomSecret, sha256, TOKEN_PREFIX } from '../../auth/secrets.ts'

/* Accounts, sessions and personal API tokens. Secrets are stored only as SHA-256. */

interface AccountRow {
  id: number
  email: string
  display_name: string
  role: Role
  municipality_ags: string | null
}

const toPrincipal = (a: AccountRow, via: Principal['via']): Principal => ({
  accountId: a.id,
  email: a.email,
  displayName: a.display_name,
  role: a.role,
  municipalityAgs: a.municipality_ags,
  via,
})

export const accountInfo = (p: Principal): AccountInfo => ({
  id: p.accountId,
  email: p.email,
  display_name: p.displayName,
  role: p.role,
  municipality_ags: p.municipalityAgs,
})

export async function findAccountForLogin(sql: Sql, email: string) {
  const [row] = await sql<(AccountRow & { password_hash: string })[]>`
    select id, email, display_name, role, municipality_ags, password_hash
    from accounts where email = ${email} and disabled_at is null`
  return row
}

export async function createAccount(
  sql: Sql,
  a: { email: string; displayName: string; role: Role; municipalityAgs: string | null; passwordHash: string; demo?: boolean },
): Promise<number> {
  const [row] = await sql<{ id: number }[]>`
    insert into accounts (email, display_name, role, municipality_ags, password_hash, demo)
    values (${a.email.toLowerCase()}, ${a.displayName}, ${a.role}, ${a.municipalityAgs}, ${a.passwordHash}, ${a.demo ?? false})
    returning id`
  return row!.id
}

/** Starts a session; returns the secret id for the cookie (only its hash is stored). */
export async function createSession(sql: Sql, accountId: number): Promise<string> {
  const id = randomSecret()
  await sql`insert into sessions (id_hash, account_id, expires_at)
    values (${sha256(id)}, ${accountId}, now() + make_interval(days => ${SESSION_MAX_DAYS}))`
  return id
}

/** The session's account, or undefined when it is unknown, idle too long, past its end or disabled. */
export async function principalForSession(sql: Sql, sessionId: string): Promise<Principal | undefined> {
  const hash = sha256(sessionId)
  const [row] = await sql<(AccountRow & { stale: boolean })[]>`
    select a.id, a.email, a.display_name, a.role, a.municipality_ags,
           s.last_seen_at < now() - interval '1 minute' as stale
    from sessions s join accounts a on a.id = s.account_id
    where s.id_hash = ${hash} and s.expires_at > now()
      and s.last_seen_at > now() - make_interval(hours => ${SESSION_IDLE_HOURS})
      and a.disabled_at is null`
  if (!row) return undefined
  // Touch at most once a minute: keeps the idle clock right without a write per request.
  if (row.stale) await sql`update sessions set last_seen_at = now() where id_hash = ${hash}`
  return { ...toPrincipal(row, 'session'), sessionHash: hash }
}

export async function deleteSession(sql: Sql, hash: string) {
  await sql`delete from sessions where id_hash = ${hash}`
}

export async function principalForToken(sql: Sql, token: string): Promise<Principal | undefined> {
  const [row] = await sql<(AccountRow & { token_id: number; stale: boolean })[]>`
    select a.id, a.email, a.display_name, a.role, a.municipality_ags, t.id as token_id,
           coalesce(t.last_used_at < now() - interval '1 minute', true) as stale
    from api_tokens t join accounts a on a.id = t.account_id
    where t.token_hash = ${sha256(token)} and t.revoked_at is null
      and (t.expires_at is null or t.expires_at > now()) and a.disabled_at is null`
  if (!row) return undefined
  if (row.stale) await sql`update api_tokens set last_used_at = now() where id = ${row.token_id}`
  return { ...toPrincipal(row, 'token'), tokenId: row.token_id }
}

const tokenColumns = (sql: Sql) => sql`id, name, prefix, created_at, last_used_at, expires_at`

export async function createToken(sql: Sql, accountId: number, name: string, expiresInDays?: number) {
  const token = TOKEN_PREFIX + randomSecret()
  const [row] = await sql<TokenInfo[]>`
    insert into api_tokens (account_id, name, token_hash, prefix, expires_at)
    values (${accountId}, ${name}, ${sha256(token)}, ${token.slice(0, TOKEN_PREFIX.length + 6)},
            ${expiresInDays ? sql`now() + make_interval(days => ${expiresInDays})` : null})
    returning ${tokenColumns(sql)}`
  return { token, info: row! }
}

export function listTokens(sql: Sql, accountId: number) {
  return sql<TokenInfo[]>`select ${tokenColumns(sql)} from api_tokens
    where account_id = ${accountId} and revoked_at is null order by id`
}

/** Revokes one of the account's own tokens; false when there is no such (active) token. */
export async function revokeToken(sql: Sql, accountId: number, tokenId: number): Promise<boolean> {
  const rows = await sql`update api_tokens set revoked_at = now()
    where id = ${tokenId} and account_id = ${accountId} and revoked_at is null returning id`
  return rows.length === 1
}
