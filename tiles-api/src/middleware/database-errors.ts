import { DatabaseUnavailable, ProblemError, ValidationFailed } from '../errors.ts'

/*
 * Errors of PostgreSQL or of the connection to it that are not bugs: the database is
 * away or busy (503, the client may retry), or it refused a value the API let through
 * (422 naming the field, as a last line behind the API's own checks).
 */

/** Connection-level failures of postgres.js and node:net, and server states that refuse work. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED',
  '57P01', '57P02', '57P03', '53300', // admin shutdown, crash shutdown, cannot connect now, too many connections
])
/** The database answered, but too slowly: statement_timeout or lock_timeout (src/db/open.ts). */
const BUSY_CODES = new Set(['57014', '55P03'])

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5

const FOREIGN_KEY = /^Key \(([a-z_]+)\)=\((.*)\) is not present in table "([a-z_]+)"/

export function databaseProblem(err: unknown): ProblemError | undefined {
  const e = err as { code?: unknown; errno?: unknown; detail?: unknown; cause?: unknown }
  const code = typeof e.code === 'string' ? e.code : undefined
  if (code && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return new DatabaseUnavailable()
  if (code && BUSY_CODES.has(code)) {
    return new DatabaseUnavailable('Die Datenbank ist gerade ausgelastet oder eine Tabelle ist gesperrt. Bitte in einigen Sekunden erneut versuchen.')
  }
  if (code === '23503' && typeof e.detail === 'string') {
    const match = FOREIGN_KEY.exec(e.detail)
    if (match) {
      const [, field, value, table] = match
      const what = table === 'municipalities' ? 'keine Kommune der Region' : `kein Eintrag in „${table}“`
      return new ValidationFailed(`${field}: „${value}“ ist ${what}.`, table === 'municipalities' ? 'unknown-municipality' : 'unknown-reference',
        { errors: [{ path: field, message: `„${value}“ ist ${what}.` }] })
    }
  }
  if (code === '22021' || code === '22P05') {
    return new ValidationFailed('Der Text enthält Zeichen, die nicht gespeichert werden können (z. B. das Nullzeichen U+0000).', 'invalid-characters')
  }
  if (e.cause && e.cause !== err) return databaseProblem(e.cause)
  return undefined
}
