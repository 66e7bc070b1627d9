import type { ProjectGeometry } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Db } from '../../db/queries/db.ts'

/* SQL of the project database: rows, writes with their audit rows, placement checks. */

export interface ProjectRow {
  id: number
  title: string
  summary: string | null
  description: string | null
  action_field: string
  status: string
  municipality_ags: string[]
  municipalities: string[]
  start_date: string | null
  end_date: string | null
  contact_name: string | null
  contact_role: string | null
  contact_email: string | null
  contact_phone: string | null
  contact_consent: boolean
  problems: string | null
  lessons_learned: string | null
  funding_programme: string | null
  links: string[]
  tags: string[]
  sample: boolean
  version: number
  updated_at: string
  geometry: ProjectGeometry | null
}

/** The editable columns, as the domain hands them to insert and update. */
export type ProjectValues = Omit<ProjectRow, 'id' | 'municipalities' | 'sample' | 'version' | 'updated_at' | 'geometry'>

const columns = (sql: Db) => sql`p.id, p.title, p.summary, p.description, p.action_field, p.status, p.municipality_ags,
  array(select m.name from municipalities m where m.ags = any(p.municipality_ags) order by m.name) as municipalities,
  p.start_date::text, p.end_date::text, p.contact_name, p.contact_role, p.contact_email, p.contact_phone,
  p.contact_consent, p.problems, p.lessons_learned, p.funding_programme, p.links, p.tags, p.sample, p.version,
  p.updated_at, ST_AsGeoJSON(p.geom, 7)::json as geometry`

export async function getProject(sql: Db, id: number): Promise<ProjectRow | undefined> {
  const [row] = await sql<ProjectRow[]>`select ${columns(sql)} from projects p where p.id = ${id}`
  return row
}

/** The row, locked until the end of the transaction. */
export async function lockProject(tx: Db, id: number): Promise<ProjectRow | undefined> {
  const [row] = await tx<ProjectRow[]>`select ${columns(tx)} from projects p where p.id = ${id} for update`
  return row
}

const geom = (tx: Db, g: ProjectGeometry | null) =>
  g === null ? tx`null` : tx`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}::text), 4326)`

export async function insertProject(tx: Db, v: ProjectValues, g: ProjectGeometry | null, accountId: number): Promise<number> {
  const [row] = await tx<{ id: number }[]>`insert into projects ${tx({ ...v, created_by: accountId, updated_by: accountId } as never)}
    returning id`
  if (g) await tx`update projects set geom = ${geom(tx, g)} where id = ${row!.id}`
  return row!.id
}

/** Writes the values (and the geometry unless `undefined`), bumps the version. */
export async function updateProject(tx: Db, id: number, v: ProjectValues, g: ProjectGeometry | null | undefined, accountId: number): Promise<void> {
  const values = { ...v, updated_by: accountId }
  await tx`update projects set ${tx(values as never)}, version = version + 1, updated_at = now()
    ${g === undefined ? tx`` : tx`, geom = ${geom(tx, g)}`}
    where id = ${id}`
}

export async function deleteProject(tx: Db, id: number): Promise<void> {
  await tx`delete from projects where id = ${id}`
}

/** Which of these AGS are municipalities of the region. */
export async function knownMunicipalities(tx: Db, ags: string[]): Promise<Set<string>> {
  const rows = await tx<{ ags: string }[]>`select ags from municipalities where ags = any(${ags}::text[])`
  return new Set(rows.map((r) => r.ags))
}

/**
 * Where a location lies: a point must lie in a municipality of the region; a polygon may
 * reach out of the region by at most 1 % of its area or 1,000 m² (boundaries are generalised).
 * Municipalities do not overlap, so the part inside is the sum of the intersections.
 */
export async function placement(tx: Db, g: ProjectGeometry): Promise<{ inside: boolean; empty: boolean }> {
  const [row] = await tx<{ inside: boolean; empty: boolean }[]>`
    with g as (select ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}::text), 4326) as g),
    a as (select ST_Area(ST_Transform(g.g, 25832)) as total,
                 coalesce((select sum(ST_Area(ST_Transform(ST_Intersection(m.geom, g.g), 25832)))
                           from municipalities m where ST_Intersects(m.geom, g.g)), 0) as inside_m2,
                 exists (select 1 from municipalities m where ST_Intersects(m.geom, g.g)) as touches
          from g)
    select case when ${g.type} = 'Point' then touches
                else total - inside_m2 <= greatest(total * 0.01, 1000) end as inside,
           ${g.type} <> 'Point' and total <= 0 as empty
    from a`
  return row!
}

export function projectHistory(sql: Sql, id: number) {
  return sql<{ action: string; account_email: string; before: any; after: any }[]>`
    select action, account_email, before, after from audit_log where entity = 'project' and entity_id = ${id} order by id`
}
