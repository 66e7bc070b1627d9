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

/** Counts one hit; returns the seconds until the window ends when the limit is exceeded. */
export async function hit(sql: Sql, key: string, w: Window): Promise<number | undefined> {
  const [row] = await sql<{ hits: number; retry: number }[]>`
    insert into rate_limits (key, window_start, hits)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${w.seconds}) * ${w.seconds}), 1)
    on conflict (key, window_start) do update set hits = rate_limits.hits + 1
    returning hits, ceil(extract(epoch from window_start) + ${w.seconds} - extract(epoch from now()))::int as retry`
  if (Math.random() < 0.01) await sql`delete from rate_limits where window_start < now() - interval '1 day'`
  return row!.hits > w.max ? Math.max(1, row!.retry) : undefined
}

/** Whether the key is over its limit in the current window, without counting. */
export async function blocked(sql: Sql, key: string, w: Window): Promise<number | undefined> {
  const [row] = await sql<{ hits: number; retry: number }[]>`
    select hits, ceil(extract(epoch from window_start) + ${w.seconds} - extract(epoch from now()))::int as retry
    from rate_limits
    where key = ${key} and window_start = to_timestamp(floor(extract(epoch from now()) / ${w.seconds}) * ${w.seconds})`
  return row && row.hits >= w.max ? Math.max(1, row.retry) : undefined
}

export async function reset(sql: Sql, key: string) {
  await sql`delete from rate_limits where key = ${key}`
}
