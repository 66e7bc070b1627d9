/*
 * The one HTTP client of the viewer: every call to tiles-api goes through `send`. Same
 * origin under /api (Vite proxies it to port 8080 in dev), so the HttpOnly session cookie
 * goes along and the browser adds the Origin header the server checks on writes. A refusal
 * (RFC 9457 problem details) becomes an ApiError with the server's German `detail`, the
 * field problems of a 422 and the problem type's last segment. The feature api files are
 * thin typed wrappers over `getJson`, `sendJson` and `sendTagged`.
 */

const API = '/api'

export interface FieldProblem {
  path: string
  message: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The field problems of a 422, so a form can show them next to the fields. */
    readonly errors: FieldProblem[] = [],
    /** The problem type's last segment, e.g. `outside-region`, `stale-version`. */
    readonly kind = '',
  ) {
    super(message)
  }
}

/** A refused answer as an ApiError; without problem details the status line is the message. */
export async function problemOf(res: Response): Promise<ApiError> {
  let detail = `${res.status} ${res.statusText}`
  let errors: FieldProblem[] = []
  let kind = ''
  try {
    const problem = (await res.json()) as { detail?: string; title?: string; type?: string; errors?: FieldProblem[] }
    detail = problem.detail ?? problem.title ?? detail
    if (Array.isArray(problem.errors)) errors = problem.errors
    kind = problem.type?.split('/').pop() ?? ''
  } catch {
    // Not problem details: keep the status line.
  }
  return new ApiError(res.status, detail, errors, kind)
}

/** The tag a change names in If-Match for a record at a version: the contract's format, as tiles-api builds it. */
export { versionTag } from '@regiopol/geodata'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface SendOptions {
  body?: unknown
  /** The tag of the version this change is based on: the server answers 412 when it moved on. */
  ifMatch?: string
  signal?: AbortSignal
  cache?: RequestCache
}

/** One request under /api; resolves with the response when it is 2xx, throws an ApiError otherwise. */
export async function send(method: Method, path: string, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/geo+json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch
  const res = await fetch(`${API}${path}`, {
    method,
    credentials: 'same-origin',
    headers,
    signal: options.signal ?? null,
    ...(options.cache && { cache: options.cache }),
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  })
  if (!res.ok) throw await problemOf(res)
  return res
}

/** The JSON answer of a request; undefined for an empty one (204). */
export async function sendJson<T>(method: Method, path: string, options: SendOptions = {}): Promise<T> {
  const text = await (await send(method, path, options)).text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const getJson = <T>(path: string, signal?: AbortSignal): Promise<T> => sendJson<T>('GET', path, signal ? { signal } : {})

/** The JSON answer with the ETag the server sent along. */
export async function sendTagged<T>(method: Method, path: string, options: SendOptions = {}): Promise<{ body: T; etag: string }> {
  const res = await send(method, path, options)
  return { body: (await res.json()) as T, etag: res.headers.get('ETag') ?? '' }
}
