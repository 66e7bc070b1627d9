import type { CreateProjectBody, PatchProjectBody, ProjectHistoryEntry, ProjectSearchResult, SimilarProject } from '@regiopol/geodata'
import type { Geometry } from 'geojson'
import { getJson, send, sendJson, versionTag } from '../api/http.ts'
import type { ProjectQuery } from './query.ts'

/*
 * Calls of the project database (tiles-api/README.md, "Projects"), over the one HTTP
 * client (api/http.ts). The session cookie goes along, so editors get the contact fields
 * the server allows them; refusals are ApiError with the field problems of a 422.
 */

export type { ProjectHistoryEntry, ProjectSearchResult, SimilarProject }

export interface ProjectFeature {
  type: 'Feature'
  id: number
  geometry: Geometry | null
  properties: Record<string, unknown> & { title: string; version: number; municipality_ags: string[]; municipalities: string[] }
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
  return getJson(`/projects/search?${searchParams(q)}`, signal)
}

/**
 * The If-Match of a change, made from the version the project shows: the ETag header of
 * a gzip-compressed answer arrives weakened (W/"…"), and the version is what the tag means.
 */
export const projectTag = (p: ProjectFeature) => versionTag('project', p.id, p.properties.version)

/** One project as this caller may see it, with the tag for If-Match. */
export async function fetchProject(id: string, signal?: AbortSignal): Promise<{ project: ProjectFeature; etag: string }> {
  const project = await getJson<ProjectFeature>(`/projects/${encodeURIComponent(id)}`, signal)
  return { project, etag: projectTag(project) }
}

export async function fetchSimilar(id: string, signal?: AbortSignal): Promise<SimilarProject[]> {
  return (await getJson<{ items: SimilarProject[] }>(`/projects/${encodeURIComponent(id)}/similar?limit=5`, signal)).items
}

export async function fetchProjectHistory(id: string, signal?: AbortSignal): Promise<ProjectHistoryEntry[]> {
  return (await getJson<{ history: ProjectHistoryEntry[] }>(`/projects/${encodeURIComponent(id)}/history`, signal)).history
}

export async function createProject(body: CreateProjectBody): Promise<ProjectFeature> {
  return sendJson('POST', '/collections/projects/items', { body })
}

export async function patchProject(id: number, etag: string, body: PatchProjectBody): Promise<{ project: ProjectFeature; etag: string }> {
  const project = await sendJson<ProjectFeature>('PATCH', `/collections/projects/items/${id}`, { body, ifMatch: etag })
  return { project, etag: projectTag(project) }
}

export async function deleteProject(id: number, etag: string): Promise<void> {
  await send('DELETE', `/collections/projects/items/${id}`, { ifMatch: etag })
}
