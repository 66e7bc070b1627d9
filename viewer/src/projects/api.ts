import { versionTag as recordTag, type CreateProjectBody, type PatchProjectBody, type ProjectHistoryEntry, type ProjectSearchResult, type SimilarProject } from '@regiopol/geodata'
import type { Geometry } from 'geojson'
import { ApiError } from '../api/client.ts'
import type { ProjectQuery } from './query.ts'

/*
 * Calls of the project database (tiles-api/README.md, "Projects"). The session cookie
 * goes along (same origin), so editors get the contact fields the server allows them.
 * Refusals become ProjectApiError with the server's German `detail` and, for 422, the
 * field problems so that the form can show them next to the fields.
 */

const API = '/api'

export type { ProjectHistoryEntry, ProjectSearchResult, SimilarProject }

export interface ProjectFeature {
  type: 'Feature'
  id: number
  geometry: Geometry | null
  properties: Record<string, unknown> & { title: string; version: number; municipality_ags: string[]; municipalities: string[] }
}

export interface FieldProblem {
  path: string
  message: string
}

export class ProjectApiError extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly errors: FieldProblem[] = [],
    /** The problem type's last segment, e.g. `outside-region`, `stale-version`. */
    readonly kind = '',
  ) {
    super(status, message)
  }
}

async function problemOf(res: Response): Promise<ProjectApiError> {
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
  return new ProjectApiError(res.status, detail, errors, kind)
}

export async function call(method: string, path: string, init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/geo+json', ...init.headers }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${API}${path}`, {
    method,
    credentials: 'same-origin',
    headers,
    signal: init.signal ?? null,
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  })
  if (!res.ok) throw await problemOf(res)
  return res
}

/** The query as the search endpoint's parameters (empty ones left out). */
export function searchParams(q: ProjectQuery, limit = 100): URLSearchParams {
  const p = new URLSearchParams()
  if (q.q) p.set('q', q.q)
  if (q.action_field) p.set('action_field', q.action_field)
  if (q.municipality) p.set('municipality', q.municipality)
  if (q.status) p.set('status', q.status)
  if (q.tag) p.set('tag', q.tag)
  p.set('limit', String(limit))
  return p
}

export async function searchProjects(q: ProjectQuery, signal?: AbortSignal): Promise<ProjectSearchResult> {
  return (await call('GET', `/projects/search?${searchParams(q)}`, signal ? { signal } : {})).json() as Promise<ProjectSearchResult>
}

/**
 * The If-Match of a change, made from the version the project shows: the ETag header of
 * a gzip-compressed answer arrives weakened (W/"…"), and the version is what the tag means.
 */
export const versionTag = (p: ProjectFeature) => recordTag('project', p.id, p.properties.version)

/** One project as this caller may see it, with the tag for If-Match. */
export async function fetchProject(id: string, signal?: AbortSignal): Promise<{ project: ProjectFeature; etag: string }> {
  const res = await call('GET', `/projects/${encodeURIComponent(id)}`, signal ? { signal } : {})
  const project = (await res.json()) as ProjectFeature
  return { project, etag: versionTag(project) }
}

export async function fetchSimilar(id: string, signal?: AbortSignal): Promise<SimilarProject[]> {
  return ((await (await call('GET', `/projects/${encodeURIComponent(id)}/similar?limit=5`, signal ? { signal } : {})).json()) as { items: SimilarProject[] }).items
}

export async function fetchProjectHistory(id: string, signal?: AbortSignal): Promise<ProjectHistoryEntry[]> {
  return ((await (await call('GET', `/projects/${encodeURIComponent(id)}/history`, signal ? { signal } : {})).json()) as { history: ProjectHistoryEntry[] }).history
}

export async function createProject(body: CreateProjectBody): Promise<ProjectFeature> {
  return (await call('POST', '/collections/projects/items', { body })).json() as Promise<ProjectFeature>
}

export async function patchProject(id: number, etag: string, body: PatchProjectBody): Promise<{ project: ProjectFeature; etag: string }> {
  const res = await call('PATCH', `/collections/projects/items/${id}`, { body, headers: { 'If-Match': etag } })
  const project = (await res.json()) as ProjectFeature
  return { project, etag: versionTag(project) }
}

export async function deleteProject(id: number, etag: string): Promise<void> {
  await call('DELETE', `/collections/projects/items/${id}`, { headers: { 'If-Match': etag } })
}
