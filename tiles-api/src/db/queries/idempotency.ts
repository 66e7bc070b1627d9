import type { Sql } from 'postgres'

/* Stored answers of creating writes, per account and Idempotency-Key, for a day. */

export interface StoredAnswer {
  request_hash: string
  status: number | null
  headers: Record<string, string> | null
  body: string | null
}

/**
 * Claims the key for this request; a claim older than a day counts as free. Returns
 * undefined when the claim is ours, else what is stored under the key.
 */
export async function claimKey(sql: Sql, accountId: number, key: string, requestHash: string): Promise<StoredAnswer | undefined> {
  const [mine] = await sql`
    insert into idempotency_keys (account_id, key, request_hash) values (${accountId}, ${key}, ${requestHash})
    on conflict (account_id, key) do update
      set request_hash = excluded.request_hash, status = null, headers = null, body = null, created_at = now()
      where idempotency_keys.created_at < now() - interval '1 day'
    returning 1`
  if (mine) return undefined
  const [stored] = await sql<StoredAnswer[]>`
    select request_hash, status, headers, body from idempotency_keys where account_id = ${accountId} and key = ${key}`
  return stored
}

export async function storeAnswer(sql: Sql, accountId: number, key: string, status: number, headers: Record<string, string>, body: string) {
  await sql`update idempotency_keys set status = ${status}, headers = ${sql.json(headers)}, body = ${body}
    where account_id = ${accountId} and key = ${key}`
  if (Math.random() < 0.01) await sql`delete from idempotency_keys where created_at < now() - interval '1 day'`
}

/** Frees the key again: the request was refused and changed nothing. */
export async function releaseKey(sql: Sql, accountId: number, key: string) {
  await sql`delete from idempotency_keys where account_id = ${accountId} and key = ${key} and status is null`
}
