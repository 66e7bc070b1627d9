import { applyMapping, importTargets, type FieldDefaults, type FieldMapping } from '@regiopol/geodata/io'
import type { Geometry } from 'geojson'
import type { Sql } from 'postgres'
import type { Principal } from '../auth/principal.ts'
import { writeTransaction } from '../writes/transaction.ts'
import { Forbidden, Unauthorized, ValidationFailed } from '../errors.ts'
import { applyPlan, planImport, type PlannedFeature } from './commit.ts'
import type { FeatureReport, ImportReport } from './report.ts'
import { stage, validateStaged } from './validate.ts'

/*
 * The import pipeline after reading: map every feature's attributes, check them and
 * their geometry in the database, report each feature, and write all of it in one
 * transaction only when no feature has a problem (and it is not a dry run). Reading
 * the file (geodata/io) happens in the caller: the CLI, or the viewer in the browser.
 */

export interface ImportFeature {
  number: number
  layer: string
  /** WGS84 (the readers reproject). */
  geometry: Geometry | null
  geometry_problem?: string | undefined
  properties: Record<string, unknown>
}

export interface ImportRequest {
  collection: string
  /** Names the delivery, e.g. "Siedlungsflächenmonitoring Borchen": a re-import of it replaces its records. */
  source: string
  file_name?: string | undefined
  mapping: FieldMapping
  defaults: FieldDefaults
  dry_run: boolean
  features: ImportFeature[]
  /** Reports progress (features checked, written) for the CLI's bar. */
  onProgress?: (step: string, done: number, total: number) => void
}

class Rollback extends Error {}

export async function runImport(sql: Sql, who: Principal | null, request: ImportRequest): Promise<ImportReport> {
  if (!who) throw new Unauthorized()
  if (who.role === 'viewer') throw new Forbidden('Importieren dürfen nur Bearbeiter einer Kommune und das Regionsbüro.')
  const target = importTargets[request.collection as keyof typeof importTargets]
  if (!target) throw new ValidationFailed(`In die Sammlung „${request.collection}“ kann nicht importiert werden; möglich: ${Object.keys(importTargets).join(', ')}.`)
  if (request.features.length === 0) throw new ValidationFailed('Die Lieferung enthält keine Objekte.')
  const mapped = request.features.map((f) => ({ feature: f, ...applyMapping(target, request.mapping, request.defaults, f.properties) }))
  if (who.role === 'editor') {
    const foreign = mapped.filter((m) => m.values['municipality_ags'] && m.values['municipality_ags'] !== who.municipalityAgs)
    if (foreign.length > 0) {
      const ags = [...new Set(foreign.map((m) => m.values['municipality_ags']))].join(', ')
      throw new Forbidden(`Sie dürfen nur Flächen Ihrer Kommune (${who.municipalityAgs}) importieren; ${foreign.length} Objekte gehören zu ${ags}.`)
    }
  }
  const planned: PlannedFeature[] = mapped.map((m) => ({
    number: m.feature.number,
    source_key: String(m.values['source_key'] ?? `${m.feature.layer}#${m.feature.number}`),
    values: { ...m.values, source_key: m.values['source_key'] ?? `${m.feature.layer}#${m.feature.number}` },
  }))
  let report: ImportReport | undefined
  try {
    // One write transaction (as the account, row-level security); the bulk audit rows are written by applyPlan.
    await writeTransaction(sql, who, async (tx) => {
      request.onProgress?.('prüfen', 0, planned.length)
      await stage(
        tx,
        mapped.map((m, i) => ({
          number: m.feature.number,
          source_key: planned[i]!.source_key,
          municipality_ags: (m.values['municipality_ags'] as string | undefined) ?? null,
          geometry: m.feature.geometry ? JSON.stringify(m.feature.geometry) : null,
        })),
      )
      const problems = await validateStaged(tx, request.source)
      request.onProgress?.('prüfen', planned.length, planned.length)
      const plan = await planImport(tx, request.source, planned)
      const conflictByNumber = new Map(plan.conflicts.filter((c) => c.number !== null).map((c) => [c.number!, c]))
      const updateNumbers = new Set(plan.updates.map((u) => u.number))
      const features: FeatureReport[] = mapped.map((m, i) => {
        const geometryProblem = m.feature.geometry_problem ? [{ code: 'invalid-geometry' as const, message: m.feature.geometry_problem }] : []
        const all = [...m.problems, ...geometryProblem, ...(problems.get(m.feature.number) ?? []).filter((p) => !(geometryProblem.length && p.code === 'no-geometry'))]
        const n = m.feature.number
        const action = conflictByNumber.has(n) ? 'conflict' : plan.unchanged.has(n) ? 'unchanged' : updateNumbers.has(n) ? 'update' : 'insert'
        return { number: n, layer: m.feature.layer, source_key: planned[i]!.source_key, name: (m.values['name'] as string | undefined) ?? null, action, problems: all }
      })
      const invalid = features.filter((f) => f.problems.length > 0).length
      const commit = invalid === 0 && !request.dry_run
      if (commit) {
        await applyPlan(tx, who, request.source, plan)
        request.onProgress?.('schreiben', planned.length, planned.length)
        await tx`insert into import_runs (account_id, account_email, collection, source, file_name, counts)
          values (${who.accountId}, ${who.email}, ${request.collection}, ${request.source}, ${request.file_name ?? null},
                  ${tx.json({ inserted: plan.inserts.length, updated: plan.updates.length, deleted: plan.deletes.length, conflicts: plan.conflicts.length })})`
      }
      report = {
        collection: request.collection,
        source: request.source,
        dry_run: request.dry_run,
        committed: commit,
        counts: {
          features: features.length,
          valid: features.length - invalid,
          invalid,
          inserted: plan.inserts.length,
          updated: plan.updates.length,
          unchanged: plan.unchanged.size,
          deleted: plan.deletes.length,
          conflicts: plan.conflicts.length,
        },
        features,
        deleted: plan.deletes,
        conflicts: plan.conflicts.map(({ number: _n, ...c }) => c),
      }
      if (!commit) throw new Rollback()
      return { result: undefined, audit: [] }
    })
  } catch (err) {
    if (!(err instanceof Rollback)) throw err
  }
  return report!
}
