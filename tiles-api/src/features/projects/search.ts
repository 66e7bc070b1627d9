import { searchTerms, type ProjectSearchHit, type ProjectSearchQuery, type ProjectSearchResult, type SimilarProject } from '@regiopol/geodata'
import type { Sql } from 'postgres'

/*
 * German full-text search over the generated `projects.search` (migration 0011). The
 * user's text is cut into letter/digit runs (searchTerms), folded like the documents
 * (german_fold, migration 0013: "Muenster" → Münster), stemmed by PostgreSQL with the
 * german configuration, and every stem becomes a prefix query: "mobil" → 'mobil':*
 * finds Mobilität and Mobilitätskonzept. Stop words drop out. The tsquery text is made
 * from lexemes that contain only letters and digits, and reaches SQL as a parameter.
 */

/** ts_headline marks matches with these private-use characters; the API escapes the text, then turns them into <mark>. */
const START = '\uE000'
const STOP = '\uE001'
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
/** Plain text with only <mark>…</mark> as markup. */
export const markSnippet = (s: string) => escapeHtml(s).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>')

export type SearchHit = ProjectSearchHit

const lexemeQuery = (sql: Sql, text: string) => sql`(
  select string_agg(quote_literal(l) || ':*', ' & ')
  from unnest(tsvector_to_array(to_tsvector('german', german_fold(${text}::text)))) l)::tsquery`

export async function searchProjects(sql: Sql, query: ProjectSearchQuery): Promise<ProjectSearchResult> {
  const terms = query.q ? searchTerms(query.q) : []
  const text = terms.length ? terms.join(' ') : null
  const rows = await sql<(SearchHit & { total: number })[]>`
    with q as (select ${text === null ? sql`null::tsquery` : lexemeQuery(sql, text)} as q)
    select p.id, p.title, p.summary, p.action_field, p.status, p.municipality_ags, p.tags,
           array(select m.name from municipalities m where m.ags = any(p.municipality_ags) order by m.name) as municipalities,
           case when q.q is null then null else ts_rank(p.search, q.q)::float8 end as rank,
           case when q.q is null then coalesce(p.summary, '')
                else ts_headline('german', concat_ws(' ', p.title, '–', p.summary, p.description, p.problems, p.lessons_learned), q.q, ${HEADLINE}) end as snippet,
           count(*) over ()::int as total
    from projects p cross join q
    where ${text === null ? sql`true` : sql`p.search @@ q.q`}
      ${query.action_field ? sql`and p.action_field = ${query.action_field}` : sql``}
      ${query.status ? sql`and p.status = ${query.status}` : sql``}
      ${query.municipality ? sql`and ${query.municipality}::text = any(p.municipality_ags)` : sql``}
      ${query.tag ? sql`and ${query.tag}::text = any(p.tags)` : sql``}
    order by rank desc nulls last, p.title, p.id
    limit ${query.limit} offset ${query.offset}`
  const items = rows.map(({ total: _t, ...hit }) => ({ ...hit, snippet: markSnippet(hit.snippet) }))
  // Past the last page the window count is lost; a second count is not worth it for paging links.
  return { terms, numberMatched: rows[0]?.total ?? 0, items }
}

/**
 * Projects like this one: the same action field, or a shared term of title, tags and
 * summary (weights A and B). Score: 0.5 for the same field plus the cosine of the
 * shared term sets.
 */
export async function similarProjects(sql: Sql, id: number, limit: number): Promise<SimilarProject[] | undefined> {
  const [exists] = await sql`select 1 from projects where id = ${id}`
  if (!exists) return undefined
  return sql<SimilarProject[]>`
    with x as (select id, action_field, tsvector_to_array(ts_filter(search, '{a,b}')) as terms from projects where id = ${id}),
    c as (
      select p.id, p.title, p.summary, p.action_field, p.status, p.municipality_ags, p.action_field = x.action_field as same_action_field,
             array(select unnest(tsvector_to_array(ts_filter(p.search, '{a,b}'))) intersect select unnest(x.terms) order by 1) as shared_terms,
             cardinality(tsvector_to_array(ts_filter(p.search, '{a,b}'))) as n, cardinality(x.terms) as nx
      from projects p cross join x where p.id <> x.id)
    select c.id, c.title, c.summary, c.action_field, c.status, c.same_action_field, c.shared_terms,
           array(select m.name from municipalities m where m.ags = any(c.municipality_ags) order by m.name) as municipalities,
           round(((case when c.same_action_field then 0.5 else 0 end)
             + cardinality(c.shared_terms) / greatest(sqrt(c.n::float8 * c.nx), 1))::numeric, 4)::float8 as score
    from c
    where c.same_action_field or cardinality(c.shared_terms) >= 1
    order by score desc, c.id
    limit ${limit}`
}
