import type { Sql } from 'postgres'

/*
 * Fixed-window counters in PostgreSQL, so a limit holds across all API instances.
 * Old windows are deleted now and then by the same statements that count.
 */

export interface Window {
  /** Window length in seconds. */
  seconds: number
  max: number
}

const windowStart = (sql: Sql, w: Window) => sql`to_timestamp(floor(extract(epoch from now()) / ${w.seconds}) * ${w.seconds})`

/**
 * Counts one hit atomically (one upsert, so parallel requests each see their own count)
 * and returns the count with the seconds until the window ends.
 */
export async function count(sql: Sql, key: string, w: Window): Promise<{ hits: number; retry: number }> {
  const [row] = await sql<{ hits: number; retry: number }[]>`
    insert into rate_limits (key, window_start, hits)
    values (${key}, ${windowStart(sql, w)}, 1)
    on conflict (key, window_start) do update set hits = rate_limits.hits + 1
    returning hits, greatest(1, ceil(extract(epoch from window_start) + ${w.seconds} - extract(epoch from now())))::int as retry`
  if (Math.random() < 0.01) await sql`delete from rate_limits where window_start < now() - interval '1 day'`
  return row!
}

/** Counts one hit; returns the seconds until the window ends when the limit is exceeded. */
export async function hit(sql: Sql, key: string, w: Window): Promise<number | undefined> {
  const { hits, retry } = await count(sql, key, w)
  return hits > w.max ? retry : undefined
}

/** Hits in the current window, without counting. */
export async function current(sql: Sql, key: string, w: Window): Promise<number> {
  const [row] = await sql<{ hits: number }[]>`
    select hits from rate_limits where key = ${key} and window_start = ${windowStart(sql, w)}`
  return row?.hits ?? 0
}

/** Takes back one hit of the current window (a login that succeeded). */
export async function undo(sql: Sql, key: string, w: Window) {
  await sql`update rate_limits set hits = hits - 1 where key = ${key} and window_start = ${windowStart(sql, w)} and hits > 0`
}

export async function reset(sql: Sql, key: string) {
  await sql`delete from rate_limits where key = ${key}`
}
