import type { ExchangePoint } from '@regiopol/geodata'
import type { Db } from '../../db/queries/db.ts'

/* SQL of the exchange board: full rows (with contact), writes, the calendar and the audit rows. */

export interface ExchangeRow {
  id: number
  type: string
  category: string
  title: string
  description: string | null
  municipality_ags: string
  municipality: string
  contact_name: string | null
  contact_role: string | null
  contact_email: string | null
  contact_phone: string | null
  contact_consent: boolean
  posted_on: string
  expires_on: string
  closed_on: string | null
  expired: boolean
  sample: boolean
  version: number
  geometry: ExchangePoint | null
}

/** The editable columns, as the domain hands them to insert and update. */
export type ExchangeValues = Pick<ExchangeRow, 'type' | 'category' | 'municipality_ags' | 'title' | 'description'
  | 'contact_name' | 'contact_role' | 'contact_email' | 'contact_phone' | 'contact_consent' | 'expires_on'>

const columns = (sql: Db) => sql`e.id, e.type, e.category, e.title, e.description, e.municipality_ags,
  m.name as municipality, e.contact_name, e.contact_role, e.contact_email, e.contact_phone, e.contact_consent,
  e.created_at::date::text as posted_on, e.expires_on::text, e.closed_at::date::text as closed_on,
  (e.closed_at is not null or e.expires_on < current_date) as expired, e.sample, e.version,
  ST_AsGeoJSON(e.geom, 7)::json as geometry`

export async function getPost(sql: Db, id: number): Promise<ExchangeRow | undefined> {
  const [row] = await sql<ExchangeRow[]>`select ${columns(sql)}
    from exchange_posts e join municipalities m on m.ags = e.municipality_ags where e.id = ${id}`
  return row
}

/** The row, locked until the end of the transaction. */
export async function lockPost(tx: Db, id: number): Promise<ExchangeRow | undefined> {
  const [row] = await tx<ExchangeRow[]>`select ${columns(tx)}
    from exchange_posts e join municipalities m on m.ags = e.municipality_ags where e.id = ${id} for update of e`
  return row
}

const point = (tx: Db, g: ExchangePoint | null) =>
  g === null ? tx`null` : tx`ST_SetSRID(ST_MakePoint(${g.coordinates[0]}, ${g.coordinates[1]}), 4326)`

export async function insertPost(tx: Db, v: ExchangeValues, g: ExchangePoint | null, accountId: number): Promise<number> {
  const [row] = await tx<{ id: number }[]>`insert into exchange_posts
    ${tx({ ...v, created_by: accountId, updated_by: accountId } as never)} returning id`
  if (g) await tx`update exchange_posts set geom = ${point(tx, g)} where id = ${row!.id}`
  return row!.id
}

/** Writes the values (and the location unless `undefined`), bumps the version. */
export async function updatePost(tx: Db, id: number, v: Partial<ExchangeValues>, g: ExchangePoint | null | undefined, accountId: number) {
  await tx`update exchange_posts set ${tx({ ...v, updated_by: accountId } as never)}, version = version + 1, updated_at = now()
    ${g === undefined ? tx`` : tx`, geom = ${point(tx, g)}`}
    where id = ${id}`
}

/** Closing keeps the post (hidden from the board, still in the records). */
export async function closePost(tx: Db, id: number, accountId: number) {
  await tx`update exchange_posts set closed_at = now(), version = version + 1, updated_at = now(), updated_by = ${accountId}
    where id = ${id}`
}

/** Today and the last allowed expiry date, from the database clock (the one the views compare with). */
export async function calendar(tx: Db, maxDays: number): Promise<{ today: string; latest: string }> {
  const [row] = await tx<{ today: string; latest: string }[]>`
    select current_date::text as today, (current_date + ${maxDays}::int)::text as latest`
  return row!
}

export async function municipalityExists(tx: Db, ags: string): Promise<boolean> {
  const [row] = await tx`select 1 from municipalities where ags = ${ags}`
  return !!row
}

/** Whether the point lies in a municipality of the region. */
export async function pointInRegion(tx: Db, g: ExchangePoint): Promise<boolean> {
  const [row] = await tx`select 1 from municipalities
    where ST_Intersects(geom, ST_SetSRID(ST_MakePoint(${g.coordinates[0]}, ${g.coordinates[1]}), 4326)) limit 1`
  return !!row
}

