import type { TransactionSql } from 'postgres'
import type { Principal } from '../auth/principal.ts'
import type { RecordChange } from './report.ts'

/*
 * Writing an import into the register, inside the caller's transaction: features whose
 * source key the source already has of that municipality replace that record, new keys
 * are inserted, and the source's records missing from the file are deleted. A record
 * edited in the atlas since its last import (version above imported_version) is a
 * conflict: neither overwritten nor deleted. Every change writes an audit row.
 */

export const IMPORT_FIELDS = [
  'name', 'municipality_ags', 'use', 'planning_status', 'reserve_type', 'availability', 'restrictions', 'net_area_ha',
  'planned_dwellings', 'planned_jobs', 'xplan_plan_id', 'xplan_plan_name', 'source_key', 'reference_date', 'description',
] as const

export interface PlannedFeature {
  number: number
  source_key: string
  values: Record<string, unknown>
}

interface ExistingRow {
  id: number
  name: string
  source_key: string
  version: number
  imported_version: number | null
  same_geometry: boolean | null
  n: number | null
  row: Record<string, unknown>
}

export interface Plan {
  inserts: PlannedFeature[]
  updates: (PlannedFeature & { id: number })[]
  unchanged: Map<number, number>
  deletes: RecordChange[]
  /** Feature number (or null for a record missing from the file) → the conflict. */
  conflicts: (RecordChange & { number: number | null })[]
}

const same = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : Array.isArray(v) ? [...v].sort().join('|') : typeof v === 'number' ? String(v) : v === null ? null : String(v))
  return norm(a) === norm(b)
}

/** What the import would do, from the staged features and the source's records. */
export async function planImport(tx: TransactionSql, source: string, features: readonly PlannedFeature[]): Promise<Plan> {
  const existing = await tx<ExistingRow[]>`
    select d.id, d.name, d.source_key, d.version, d.imported_version, s.n,
           ST_Equals(ST_SnapToGrid(d.geom, 1e-7), ST_SnapToGrid(ST_Multi(s.geom), 1e-7)) as same_geometry,
           (select to_jsonb(x) from (select ${tx(IMPORT_FIELDS.map((f) => `d.${f}`))}) x) as row
      from development_land d
      left join import_stage s on s.source_key = d.source_key and s.municipality_ags = d.municipality_ags
     where d.source = ${source} and d.municipality_ags in (select distinct municipality_ags from import_stage)`
  const byNumber = new Map(existing.filter((e) => e.n !== null).map((e) => [e.n!, e]))
  const plan: Plan = { inserts: [], updates: [], unchanged: new Map(), deletes: [], conflicts: [] }
  const edited = (e: ExistingRow) => e.imported_version === null || e.version > e.imported_version
  for (const f of features) {
    const e = byNumber.get(f.number)
    if (!e) plan.inserts.push(f)
    else if (e.same_geometry && IMPORT_FIELDS.every((k) => same(e.row[k], f.values[k]))) plan.unchanged.set(f.number, e.id)
    else if (edited(e)) plan.conflicts.push({ number: f.number, id: e.id, name: e.name, source_key: e.source_key, message: `„${e.name}“ (Nr. ${e.id}) wurde seit dem letzten Import im Atlas geändert und wird nicht überschrieben.` })
    else plan.updates.push({ ...f, id: e.id })
  }
  for (const e of existing.filter((x) => x.n === null)) {
    if (edited(e)) plan.conflicts.push({ number: null, id: e.id, name: e.name, source_key: e.source_key, message: `„${e.name}“ (Nr. ${e.id}) fehlt in der neuen Lieferung, wurde aber seit dem letzten Import im Atlas geändert und wird nicht gelöscht.` })
    else plan.deletes.push({ id: e.id, name: e.name, source_key: e.source_key })
  }
  return plan
}

const recordset = (features: readonly (PlannedFeature & { id?: number })[], source: string) =>
  JSON.stringify(features.map((f) => ({ ...Object.fromEntries(IMPORT_FIELDS.map((k) => [k, f.values[k] ?? null])), restrictions: f.values['restrictions'] ?? [], source, id: f.id ?? null })))

/** Applies the plan inside the caller's transaction. */
export async function applyPlan(tx: TransactionSql, who: Principal, source: string, plan: Plan): Promise<void> {
  const audit = (action: string, ids: number[], withBefore: boolean) => tx`
    insert into audit_log (account_id, account_email, action, entity, entity_id, before, after)
    select ${who.accountId}, ${who.email}, ${action}, 'development_land', d.id,
           ${withBefore ? tx`(select a.before from audit_before a where a.id = d.id)` : tx`null::jsonb`},
           to_jsonb(d) - 'geom' || jsonb_build_object('geometry', ST_AsGeoJSON(d.geom, 7)::jsonb)
      from development_land d where d.id = any(${ids}::int[])`
  if (plan.updates.length > 0 || plan.deletes.length > 0) {
    const ids = [...plan.updates.map((u) => u.id), ...plan.deletes.map((d) => d.id)]
    await tx`create temporary table audit_before on commit drop as
      select d.id, to_jsonb(d) - 'geom' || jsonb_build_object('geometry', ST_AsGeoJSON(d.geom, 7)::jsonb) as before
        from development_land d where d.id = any(${ids}::int[])`
  }
  if (plan.inserts.length > 0) {
    const inserted = await tx<{ id: number }[]>`
      insert into development_land (${tx([...IMPORT_FIELDS, 'source'])}, sample, geom, imported_version, created_by, updated_by)
      select ${tx(IMPORT_FIELDS.map((k) => `r.${k}`))}, r.source, false, ST_Multi(s.geom), 1, ${who.accountId}, ${who.accountId}
        from json_populate_recordset(null::development_land, ${recordset(plan.inserts, source)}::text::json) r
        join import_stage s on s.source_key = r.source_key and s.municipality_ags = r.municipality_ags
      returning id`
    await audit('import-create', inserted.map((r) => r.id), false)
  }
  if (plan.updates.length > 0) {
    await tx`
      update development_land d set
        name = r.name, municipality_ags = r.municipality_ags, use = r.use, planning_status = r.planning_status,
        reserve_type = r.reserve_type, availability = r.availability, restrictions = r.restrictions,
        net_area_ha = r.net_area_ha, planned_dwellings = r.planned_dwellings, planned_jobs = r.planned_jobs,
        xplan_plan_id = r.xplan_plan_id, xplan_plan_name = r.xplan_plan_name, reference_date = r.reference_date,
        description = r.description, geom = ST_Multi(s.geom), version = d.version + 1, imported_version = d.version + 1,
        updated_at = now(), updated_by = ${who.accountId}
      from json_populate_recordset(null::development_land, ${recordset(plan.updates, source)}::text::json) r
      join import_stage s on s.source_key = r.source_key and s.municipality_ags = r.municipality_ags
      where d.id = r.id`
    await audit('import-update', plan.updates.map((u) => u.id), true)
  }
  if (plan.deletes.length > 0) {
    await tx`insert into audit_log (account_id, account_email, action, entity, entity_id, before)
      select ${who.accountId}, ${who.email}, 'import-delete', 'development_land', a.id, a.before
        from audit_before a where a.id = any(${plan.deletes.map((d) => d.id)}::int[])`
    await tx`delete from development_land where id = any(${plan.deletes.map((d) => d.id)}::int[])`
  }
}
