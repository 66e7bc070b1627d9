import { actionFields, optionValues, projectStatuses } from '@regiopol/geodata'

/*
 * The project list's search and filters live in the page's query string
 * (/projekte?q=mobil&feld=mobilitaet&kommune=05774012&status=umsetzung&tag=dörfer), so a
 * filtered list can be shared. German parameter names, as the paths. Unknown values are
 * dropped, so a hand-edited link never sends the API a request it refuses.
 */

export interface ProjectQuery {
  q?: string
  action_field?: string
  municipality?: string
  status?: string
  tag?: string
  /** The project selected in the list and on the map. */
  selected?: string
}

const FIELDS = new Set<string>(optionValues(actionFields))
const STATUSES = new Set<string>(optionValues(projectStatuses))

const PARAM: Record<keyof ProjectQuery, string> = {
  q: 'q',
  action_field: 'feld',
  municipality: 'kommune',
  status: 'status',
  tag: 'tag',
  selected: 'projekt',
}

const valid: Record<keyof ProjectQuery, (v: string) => boolean> = {
  q: (v) => v.length <= 200,
  action_field: (v) => FIELDS.has(v),
  municipality: (v) => /^\d{8}$/.test(v),
  status: (v) => STATUSES.has(v),
  tag: (v) => v.length <= 60,
  selected: (v) => /^\d{1,9}$/.test(v),
}

export function decodeProjectQuery(search: string): ProjectQuery {
  const p = new URLSearchParams(search)
  const out: ProjectQuery = {}
  for (const key of Object.keys(PARAM) as (keyof ProjectQuery)[]) {
    const raw = p.get(PARAM[key])?.trim()
    if (raw && valid[key](raw)) out[key] = key === 'tag' ? raw.toLowerCase() : raw
  }
  return out
}

export function encodeProjectQuery(q: ProjectQuery): string {
  const p = new URLSearchParams()
  for (const key of Object.keys(PARAM) as (keyof ProjectQuery)[]) {
    const value = q[key]
    if (value) p.set(PARAM[key], value)
  }
  return p.toString()
}

/** The query with one field changed; an empty value removes the filter. Changing a filter keeps the selection. */
export function withQuery(q: ProjectQuery, key: keyof ProjectQuery, value: string | undefined): ProjectQuery {
  const next = { ...q }
  if (value) next[key] = value
  else delete next[key]
  return next
}

/** Whether anything narrows the list (for the "reset filters" button). */
export const isFiltered = (q: ProjectQuery) => !!(q.q || q.action_field || q.municipality || q.status || q.tag)
