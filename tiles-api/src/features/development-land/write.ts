import { actsFor, type CreateSiteBody, type PatchSiteBody, type PolygonGeometry } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import { actorOf, type Principal } from '../../auth/principal.ts'
import type { Db } from '../../db/queries/db.ts'
import { Conflict, Forbidden, ValidationFailed } from '../../errors.ts'
import { requireWriter } from '../../middleware/auth.ts'
import { stage, validateStaged } from '../../import/validate.ts'
import { changeRecord, writeTransaction, type RecordTarget } from '../../writes/transaction.ts'
import { deleteSite, insertSite, lockSite, updateSite, type SiteRow } from './queries.ts'

/*
 * Writing one development-land site: the same checks as a bulk import (valid, inside its
 * municipality, no overlap with another active site of it, vertex limit; the import's
 * validation SQL), If-Match, the audit row, row-level security (migration 0020). An edit
 * bumps the version but not imported_version, so the next import of its source reports
 * the site as a conflict instead of overwriting it.
 */

function assertMayEditSite(who: Principal | null, ags: string, action: string): Principal {
  const p = requireWriter(who)
  if (!actsFor(actorOf(p), ags)) throw new Forbidden(`${action}: Bauflächen bearbeiten nur die eigene Kommune (${ags}) und das Regionsbüro; Ihr Konto gehört zu ${p.municipalityAgs ?? 'keiner Kommune'}.`)
  return p
}

/** The import's checks for one outline; the first problem becomes the answer (overlap: 409, else 422). */
async function checkSite(tx: Db, geometry: PolygonGeometry, ags: string, excludeId: number | null) {
  await stage(tx as never, [{ number: 1, source_key: '#', municipality_ags: ags, geometry: JSON.stringify(geometry) }])
  const [problem] = (await validateStaged(tx as never, null, excludeId)).get(1) ?? []
  if (!problem) return
  if (problem.code === 'overlap' || problem.code === 'duplicate') throw new Conflict('overlap', problem.message)
  throw new ValidationFailed(problem.message, problem.code)
}

const siteTarget = (id: number, ifMatch: string | undefined, action: string): RecordTarget<SiteRow> => ({
  id, lock: lockSite, missing: `Es gibt keine Baufläche Nr. ${id}.`,
  authorise: (who, row) => assertMayEditSite(who, row.municipality_ags, action),
  version: { kind: 'site', ifMatch, required: true, stale: 'Die Fläche wurde inzwischen geändert. Bitte neu laden, die Änderungen prüfen und erneut speichern.' },
})

export async function createSite(sql: Sql, who: Principal | null, body: CreateSiteBody): Promise<number> {
  const principal = assertMayEditSite(who, body.properties.municipality_ags, 'Erfassen')
  return writeTransaction(sql, principal, async (tx) => {
    await checkSite(tx, body.geometry, body.properties.municipality_ags, null)
    const id = await insertSite(tx, body.properties, body.geometry, principal.accountId)
    return { result: id, audit: [{ action: 'create', entity: 'development_land', entityId: id, after: await lockSite(tx, id) }] }
  })
}

export function patchSite(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined, body: PatchSiteBody): Promise<void> {
  return changeRecord(sql, who, siteTarget(id, ifMatch, 'Ändern'), async (tx, before, principal) => {
    const ags = body.properties?.municipality_ags ?? before.municipality_ags
    if (ags !== before.municipality_ags) assertMayEditSite(principal, ags, 'Verschieben')
    if (body.geometry || ags !== before.municipality_ags) {
      await checkSite(tx, body.geometry ?? (before['geometry'] as PolygonGeometry), ags, id)
    }
    await updateSite(tx, id, body.properties ?? {}, body.geometry, principal.accountId)
    return { result: undefined, audit: [{ action: 'update', entity: 'development_land', entityId: id, before, after: await lockSite(tx, id) }] }
  })
}

export function removeSite(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined): Promise<void> {
  return changeRecord(sql, who, siteTarget(id, ifMatch, 'Löschen'), async (tx, before) => {
    await deleteSite(tx, id)
    return { result: undefined, audit: [{ action: 'delete', entity: 'development_land', entityId: id, before }] }
  })
}
