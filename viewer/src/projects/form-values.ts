import type { CreateProjectBody, PatchProjectBody, ProjectGeometry } from '@regiopol/geodata'
import type { ProjectFeature } from './api.ts'

/*
 * The project form's values as the inputs hold them (text), and the request bodies made
 * from them. Pure, so that the mapping is tested without a browser.
 */

export interface FormValues {
  title: string
  summary: string
  description: string
  action_field: string
  status: string
  municipality_ags: string[]
  start_date: string
  end_date: string
  contact_name: string
  contact_role: string
  contact_email: string
  contact_phone: string
  contact_consent: boolean
  problems: string
  lessons_learned: string
  funding_programme: string
  /** One link per line. */
  links: string
  /** Comma-separated. */
  tags: string
}

export const TEXT_FIELDS = ['title', 'summary', 'description', 'start_date', 'end_date', 'contact_name', 'contact_role', 'contact_email', 'contact_phone', 'problems', 'lessons_learned', 'funding_programme'] as const

export function emptyValues(ownAgs: string | null): FormValues {
  return {
    title: '', summary: '', description: '', action_field: 'mittelstand', status: 'idee', municipality_ags: ownAgs ? [ownAgs] : [],
    start_date: '', end_date: '', contact_name: '', contact_role: '', contact_email: '', contact_phone: '', contact_consent: false,
    problems: '', lessons_learned: '', funding_programme: '', links: '', tags: '',
  }
}

export function valuesOf(project: ProjectFeature): FormValues {
  const p = project.properties
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : '')
  const arr = (k: string) => (Array.isArray(p[k]) ? (p[k] as string[]) : [])
  return {
    ...emptyValues(null),
    ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, str(k)])),
    action_field: str('action_field'),
    status: str('status'),
    municipality_ags: [...p.municipality_ags],
    contact_consent: p.contact_consent === true,
    links: arr('links').join('\n'),
    tags: arr('tags').join(', '),
  }
}

/** The properties of a request body: empty text → null, links by line, tags by comma. */
export function propertiesOf(v: FormValues) {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim())
  return {
    title: v.title.trim(),
    summary: orNull(v.summary),
    description: orNull(v.description),
    action_field: v.action_field,
    status: v.status,
    municipality_ags: v.municipality_ags,
    start_date: orNull(v.start_date),
    end_date: orNull(v.end_date),
    contact_name: orNull(v.contact_name),
    contact_role: orNull(v.contact_role),
    contact_email: orNull(v.contact_email),
    contact_phone: orNull(v.contact_phone),
    contact_consent: v.contact_consent,
    problems: orNull(v.problems),
    lessons_learned: orNull(v.lessons_learned),
    funding_programme: orNull(v.funding_programme),
    links: v.links.split('\n').map((s) => s.trim()).filter(Boolean),
    tags: [...new Set(v.tags.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))],
  }
}

export function createBody(v: FormValues, geometry: ProjectGeometry | null): CreateProjectBody {
  return { type: 'Feature', geometry, properties: propertiesOf(v) as CreateProjectBody['properties'] }
}

/** All properties (a merge that sets every field the form shows); the location only when it changed. */
export function patchBody(v: FormValues, geometry: ProjectGeometry | null | undefined): PatchProjectBody {
  return { properties: propertiesOf(v) as NonNullable<PatchProjectBody['properties']>, ...(geometry !== undefined && { geometry }) }
}
