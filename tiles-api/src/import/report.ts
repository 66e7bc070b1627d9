/*
 * The validation report of an import: one row per feature of the file with what is
 * wrong with it (German sentences naming the field by its label), and what the import
 * does or would do: insert, update, leave unchanged, delete, or refuse as a conflict.
 */

export type ProblemCode =
  | 'value-not-allowed'
  | 'required-empty'
  | 'not-a-number'
  | 'not-a-date'
  | 'not-an-integer'
  | 'no-geometry'
  | 'not-polygon'
  | 'too-many-vertices'
  | 'invalid-geometry'
  | 'unknown-municipality'
  | 'outside-municipality'
  | 'overlap'
  | 'duplicate'

export interface FeatureProblem {
  code: ProblemCode
  field?: string
  message: string
}

export interface FeatureReport {
  number: number
  layer: string
  source_key: string | null
  name: string | null
  action: 'insert' | 'update' | 'unchanged' | 'conflict' | null
  problems: FeatureProblem[]
}

export interface RecordChange {
  id: number
  name: string
  source_key: string | null
  message?: string
}

export interface ImportReport {
  collection: string
  source: string
  dry_run: boolean
  committed: boolean
  counts: { features: number; valid: number; invalid: number; inserted: number; updated: number; unchanged: number; deleted: number; conflicts: number }
  features: FeatureReport[]
  deleted: RecordChange[]
  conflicts: RecordChange[]
}

/** One line per problem (or per feature without one): the CSV of the CLI's report. */
export function reportRows(report: ImportReport): (string | number | null)[][] {
  const rows: (string | number | null)[][] = []
  for (const f of report.features) {
    if (f.problems.length === 0) rows.push([f.number, f.layer, f.source_key, f.name, f.action, null, null, null])
    for (const p of f.problems) rows.push([f.number, f.layer, f.source_key, f.name, f.action, p.code, p.field ?? null, p.message])
  }
  for (const d of report.deleted) rows.push([null, null, d.source_key, d.name, 'delete', null, null, `Datensatz ${d.id} fehlt in der neuen Lieferung und wird gelöscht.`])
  for (const c of report.conflicts.filter((c) => !report.features.some((f) => f.source_key === c.source_key))) rows.push([null, null, c.source_key, c.name, 'conflict', null, null, c.message ?? null])
  return rows
}

export const REPORT_HEADER = ['Nr.', 'Ebene', 'Schlüssel', 'Bezeichnung', 'Aktion', 'Problem', 'Feld', 'Meldung']
