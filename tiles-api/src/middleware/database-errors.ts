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

/** 23503 on insert: the field and value from the server's detail, or the field from the constraint's name (PGlite sends no detail). */
function foreignKeyProblem(e: { detail?: unknown; constraint_name?: unknown; table_name?: unknown }): ProblemError | undefined {
  const match = typeof e.detail === 'string' ? FOREIGN_KEY.exec(e.detail) : null
  const fromName = typeof e.constraint_name === 'string' && typeof e.table_name === 'string'
    ? new RegExp(`^${e.table_name}_(.+)_fkey$`).exec(e.constraint_name)?.[1] : undefined
  const field = match?.[1] ?? fromName
  if (!field) return undefined
  const municipality = match ? match[3] === 'municipalities' : field.startsWith('municipality')
  const value = match ? `„${match[2]}“` : 'Der Wert'
  const message = `${value} ist ${municipality ? 'keine Kommune der Region' : 'unbekannt'}.`
  return new ValidationFailed(`${field}: ${message}`, municipality ? 'unknown-municipality' : 'unknown-reference', { errors: [{ path: field, message }] })
}

export function databaseProblem(err: unknown): ProblemError | undefined {
  const e = err as { code?: unknown; detail?: unknown; constraint_name?: unknown; table_name?: unknown; cause?: unknown }
  const code = typeof e.code === 'string' ? e.code : undefined
  if (code && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return new DatabaseUnavailable()
  if (code && BUSY_CODES.has(code)) {
    return new DatabaseUnavailable('Die Datenbank ist gerade ausgelastet oder eine Tabelle ist gesperrt. Bitte in einigen Sekunden erneut versuchen.')
  }
  if (code === '23503') return foreignKeyProblem(e)
  if (code === '22021' || code === '22P05') {
    return new ProblemError(400, 'invalid-characters', 'Ungültige Zeichen', 'Die Anfrage enthält Zeichen, die sich nicht speichern oder suchen lassen (z. B. das Nullzeichen U+0000).')
  }
  if (e.cause && e.cause !== err) return databaseProblem(e.cause)
  return undefined
}
