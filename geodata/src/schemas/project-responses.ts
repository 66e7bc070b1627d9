/** What the API answers about projects (search, similar projects, history): shared by tiles-api and the viewer. */

export interface ProjectSearchHit {
  id: number
  title: string
  summary: string | null
  action_field: string
  status: string
  municipality_ags: string[]
  municipalities: string[]
  tags: string[]
  /** ts_rank of the query; null without a query text. */
  rank: number | null
  /** Plain text whose only markup is <mark>…</mark> around matches. */
  snippet: string
}

export interface ProjectSearchResult {
  terms: string[]
  numberMatched: number
  items: ProjectSearchHit[]
}

export interface SimilarProject {
  id: number
  title: string
  summary: string | null
  action_field: string
  status: string
  municipalities: string[]
  same_action_field: boolean
  shared_terms: string[]
  score: number
}

/** One audit row of a project; before/after are the whole rows (contact fields only where the caller may see them). */
export interface ProjectHistoryEntry {
  id: string
  at: string
  account_email: string | null
  action: string
  /** Fields whose value differs between before and after (on create: the fields that were filled in). */
  changed: string[]
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}
