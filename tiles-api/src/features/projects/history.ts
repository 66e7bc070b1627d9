import { CONTACT_FIELDS, type ProjectHistoryEntry } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../../auth/principal.ts'
import { showsContact } from './access.ts'
import type { ProjectRow } from './queries.ts'

/*
 * The change history of a project from the audit log (GET /api/projects/{id}/history).
 * Signed-in accounts read it, as the pool's history: it names the editors' e-mail
 * addresses, which are not for anonymous clients. The audit rows hold whole rows,
 * contact fields included; they are removed unless this caller may see the contact of
 * the project today (consent or editor), so the history never leaks what the project
 * page withholds. A project's own columns that say nothing to a reader stay out of `changed`.
 */

type Snapshot = Partial<ProjectRow> & Record<string, unknown>

/** Bookkeeping columns that change on every write (or follow from another field). */
const NOT_A_CHANGE = new Set(['id', 'version', 'updated_at', 'sample', 'municipalities'])

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  return [...keys].filter((k) => !NOT_A_CHANGE.has(k) && !same(before?.[k], after?.[k]))
}

function redact(row: Snapshot | null, visible: boolean): Snapshot | null {
  if (!row || visible) return row
  const copy = { ...row }
  for (const key of CONTACT_FIELDS) delete copy[key]
  return copy
}

export async function projectHistoryFor(sql: Sql, current: ProjectRow, who: Principal): Promise<ProjectHistoryEntry[]> {
  const rows = await sql<{ id: string; at: Date; account_email: string | null; action: string; before: Snapshot | null; after: Snapshot | null }[]>`
    select id::text, at, account_email, action, before, after
    from audit_log where entity = 'project' and entity_id = ${current.id} order by id`
  const visible = showsContact(who, current)
  return rows.map((r) => {
    const before = redact(r.before, visible)
    const after = redact(r.after, visible)
    const changed = changedFields(before, after).filter((k) => r.action !== 'create' || !same(after?.[k], emptyValue(k)))
    return { id: r.id, at: new Date(r.at).toISOString(), account_email: r.account_email, action: r.action, changed, before, after }
  })
}

/** On create, fields left empty are no news. */
function emptyValue(key: string): unknown {
  return key === 'links' || key === 'tags' ? [] : key === 'contact_consent' ? false : null
}
