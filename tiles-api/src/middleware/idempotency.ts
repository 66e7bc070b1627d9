import type { MiddlewareHandler } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { sha256 } from '../auth/secrets.ts'
import { claimKey, releaseKey, storeAnswer } from '../db/queries/idempotency.ts'
import { Conflict, InvalidParameter, ProblemError } from '../errors.ts'

/*
 * `Idempotency-Key` on creating writes (POST), after the IETF draft
 * "The Idempotency-Key HTTP Header Field": the first request with a key runs and its
 * answer is stored for a day; a retry with the same key and the same request gets the
 * stored answer (`Idempotent-Replayed: true`) and changes nothing. The same key with
 * another request: 422. While the first still runs: 409 + Retry-After. Only a success
 * (2xx) is stored; after a refusal the key is free again, and a retry runs (a refused
 * write changed nothing). If an instance dies between its commit and storing the
 * answer, the key stays "running" for its day: the client gets 409 rather than a
 * duplicate, and looks the record up.
 */

const KEPT_HEADERS = ['content-type', 'location', 'etag']
const VALID_KEY = /^[\x21-\x7e]{1,200}$/

export function idempotency(sql: Sql): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('Idempotency-Key')
    const principal = c.get('principal')
    if (c.req.method !== 'POST' || key === undefined || !principal) return next()
    if (!VALID_KEY.test(key)) throw new InvalidParameter('Idempotency-Key', 'Der Header Idempotency-Key muss 1–200 sichtbare ASCII-Zeichen lang sein.')
    const requestHash = sha256(`${c.req.method} ${c.req.path}\n${await c.req.text()}`)
    const stored = await claimKey(sql, principal.accountId, key, requestHash)
    if (stored) {
      if (stored.request_hash !== requestHash) {
        throw new ProblemError(422, 'idempotency-key-reused', 'Idempotency-Key schon verwendet',
          'Dieser Idempotency-Key gehört zu einer anderen Anfrage. Für eine neue Anfrage bitte einen neuen Schlüssel senden.')
      }
      if (stored.status === null) {
        const busy = new Conflict('idempotency-key-in-progress', 'Eine Anfrage mit diesem Idempotency-Key läuft noch oder ihr Ergebnis ist unbekannt. Bitte später erneut versuchen oder den Datensatz prüfen.')
        throw Object.assign(busy, { retryAfter: 5 })
      }
      return c.body(stored.body ?? '', stored.status as 200, { ...stored.headers, 'Idempotent-Replayed': 'true' })
    }
    try {
      await next()
    } catch (e) {
      await releaseKey(sql, principal.accountId, key)
      throw e
    }
    if (c.res.status >= 300) return releaseKey(sql, principal.accountId, key)
    const headers = Object.fromEntries(KEPT_HEADERS.flatMap((h) => (c.res.headers.get(h) ? [[h, c.res.headers.get(h)!]] : [])))
    await storeAnswer(sql, principal.accountId, key, c.res.status, headers, await c.res.clone().text())
  }
}
