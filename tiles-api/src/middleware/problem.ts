import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DatabaseUnavailable, ProblemError } from '../errors.ts'
import { databaseProblem, RETRY_AFTER_SECONDS } from './database-errors.ts'
import { WWW_AUTHENTICATE } from './auth.ts'

export const PROBLEM_TYPE_BASE = '/problems/'

export function problem(c: Context, status: ContentfulStatusCode, type: string, title: string, detail: string, extra: Record<string, unknown> = {}) {
  const body = { type: PROBLEM_TYPE_BASE + type, title, status, detail, instance: c.req.path, ...extra }
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json' })
}

/** The one place where every error becomes problem details; internals never leave the process. */
export const onError: ErrorHandler = (error, c) => {
  const err = error instanceof ProblemError ? error : (databaseProblem(error) ?? error)
  if (err instanceof ProblemError) {
    const retryAfter = (err as { retryAfter?: number }).retryAfter ?? (err instanceof DatabaseUnavailable ? RETRY_AFTER_SECONDS : undefined)
    if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter))
    if (err.status === 401) c.header('WWW-Authenticate', WWW_AUTHENTICATE)
    return problem(c, err.status, err.type, err.title, err.detail, err.extra)
  }
  if (err instanceof HTTPException) {
    return problem(c, err.status as ContentfulStatusCode, 'http-error', err.message || 'Fehler', err.message || 'Die Anfrage konnte nicht bearbeitet werden.')
  }
  if ((err as { code?: unknown }).code === '42501') {
    // Row-level security (migration 0016) refused a write the API let through: an API
    // check is missing. Refuse like the API would, and log it loudly as the bug it is.
    console.error(JSON.stringify({ level: 'error', msg: 'row-level security refused a write', path: c.req.path, error: String(err) }))
    return problem(c, 403, 'row-level-security', 'Nicht erlaubt', 'Die Datenbank hat diesen Schreibzugriff verweigert: der Datensatz gehört einer anderen Kommune.')
  }
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', path: c.req.path, error: String(err), stack: err.stack, cause: String(err.cause ?? '') }))
  return problem(c, 500, 'internal-error', 'Interner Fehler', 'Ein unerwarteter Fehler ist aufgetreten. Der Fehler wurde protokolliert.')
}

export const notFound: NotFoundHandler = (c) =>
  problem(c, 404, 'not-found', 'Nicht gefunden', `Unter ${c.req.path} gibt es keine Ressource.`)
