import { AsyncLocalStorage } from 'node:async_hooks'
import type { MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { Sql } from 'postgres'

/*
 * Reads from a streaming replica (DATABASE_READ_URL), everything else from the primary.
 * Collections and tiles get `sql`, a stand-in that sends each query to the database
 * chosen for the current request:
 * - GET and HEAD go to the replica, unless the client wrote a moment ago and the replica
 *   has not replayed that write yet: a write answers with a cookie holding the primary's
 *   WAL position, and until the replica has passed it, that client reads from the primary;
 * - when the replica cannot be reached, the request is answered again from the primary,
 *   and the replica is left alone for a few seconds before it is tried again.
 * Sessions, writes and the tile cache use the primary pool directly.
 */

export const WROTE_COOKIE = 'atlas_wrote'
const RETRY_REPLICA_MS = 5_000
/** Errors that mean "the replica is not there", not "the query is wrong". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57P01', '57P02', '57P03'])

export const unreachable = (error: unknown) => {
  const seen = new Set<unknown>()
  for (let e = error as { code?: string; cause?: unknown } | undefined; e && !seen.has(e); e = e.cause as typeof e) {
    seen.add(e)
    if (e.code && UNREACHABLE.has(e.code)) return true
  }
  return false
}

export interface ReadRouting {
  /** Queries go to the database chosen for the current request (the primary outside requests). */
  sql: Sql
  middleware: MiddlewareHandler
}

export function readRouting(primary: Sql, replica: Sql, refetch: (req: Request) => Promise<Response>): ReadRouting {
  const current = new AsyncLocalStorage<Sql>()
  let replicaDownUntil = 0
  const pick = () => current.getStore() ?? primary
  const sql = new Proxy(primary, {
    apply: (_target, _this, args) => (pick() as unknown as (...a: unknown[]) => unknown)(...args),
    get: (_target, prop) => Reflect.get(pick(), prop),
  })

  async function replicaHasReplayed(lsn: string): Promise<boolean> {
    const [row] = await replica<{ ok: boolean }[]>`select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) as ok`
    return row!.ok
  }

  async function readTarget(wrote: string | undefined): Promise<Sql> {
    if (Date.now() < replicaDownUntil) return primary
    if (!wrote) return replica
    try {
      return (await replicaHasReplayed(wrote)) ? replica : primary
    } catch (error) {
      if (unreachable(error)) replicaDownUntil = Date.now() + RETRY_REPLICA_MS
      return primary
    }
  }

  const middleware: MiddlewareHandler = async (c, next) => {
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD'
    if (!reading) {
      await current.run(primary, next)
      if (c.res.status < 400) {
        const [row] = await primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`
        setCookie(c, WROTE_COOKIE, row!.lsn, { path: '/', httpOnly: true, sameSite: 'Lax', maxAge: 600 })
      }
      return
    }
    const wrote = getCookie(c, WROTE_COOKIE)
    const target = await readTarget(wrote && /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(wrote) ? wrote : undefined)
    await current.run(target, next)
    if (target === replica && c.error && unreachable(c.error)) {
      replicaDownUntil = Date.now() + RETRY_REPLICA_MS
      c.res = undefined // the replica's error response goes, with its headers
      c.res = await current.run(primary, () => refetch(c.req.raw))
    }
  }
  return { sql, middleware }
}
