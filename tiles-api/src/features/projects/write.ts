import { REGION, type CreateProjectBody, type PatchProjectBody, type ProjectGeometry } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../../auth/principal.ts'
import type { Db } from '../../db/queries/db.ts'
import { ValidationFailed } from '../../errors.ts'
import { changeRecord, writeTransaction, type RecordTarget } from '../../writes/transaction.ts'
import { checkValidity } from '../pool/queries.ts'
import { assertMayEdit } from './access.ts'
import {
  deleteProject, insertProject, knownMunicipalities, lockProject, placement, updateProject, type ProjectRow, type ProjectValues,
} from './queries.ts'

/* Creating, changing and deleting projects: each in one write transaction with its audit row. */

const EMPTY: Omit<ProjectValues, 'title' | 'action_field' | 'status' | 'municipality_ags'> = {
  summary: null, description: null, start_date: null, end_date: null, contact_name: null, contact_role: null,
  contact_email: null, contact_phone: null, contact_consent: false, problems: null, lessons_learned: null,
  funding_programme: null, links: [], tags: [],
}

const valuesOf = ({ id: _i, municipalities: _m, sample: _s, version: _v, updated_at: _u, geometry: _g, ...values }: ProjectRow): ProjectValues => values

const [minLon, minLat, maxLon, maxLat] = REGION.bbox
const positions = (g: ProjectGeometry) => (g.type === 'Point' ? [g.coordinates] : g.coordinates.flat())
const inBox = ([lon, lat]: readonly number[]) => lon! >= minLon && lon! <= maxLon && lat! >= minLat && lat! <= maxLat

async function checkMunicipalities(tx: Db, ags: string[]) {
  const known = await knownMunicipalities(tx, ags)
  const unknown = ags.filter((a) => !known.has(a))
  if (unknown.length) throw new ValidationFailed(`Nicht in der Region: ${unknown.join(', ')}.`, 'unknown-municipality', { unknown })
}

/** A location must be valid and inside the region (lon/lat swapped is named as such). */
async function checkLocation(tx: Db, g: ProjectGeometry) {
  const all = positions(g)
  if (!all.every(inBox)) {
    if (all.every(([lon, lat]) => inBox([lat, lon]))) {
      throw new ValidationFailed('Länge und Breite sind vertauscht: GeoJSON erwartet [Länge, Breite], z. B. [8.75, 51.72] für Paderborn.', 'swapped-coordinates')
    }
    throw new ValidationFailed(`Der Ort liegt außerhalb der regiopolREGION (Länge ${minLon}–${maxLon}, Breite ${minLat}–${maxLat}).`, 'outside-region')
  }
  if (g.type === 'Polygon') {
    const v = await checkValidity(tx, JSON.stringify(g))
    if (!v.valid) throw new ValidationFailed(`Die Fläche ist ungültig (PostGIS: ${v.reason}).`, 'invalid-geometry', { reason: v.reason, location: v.location })
  }
  const placed = await placement(tx, g)
  if (placed.empty) throw new ValidationFailed('Die Fläche hat keinen Flächeninhalt.', 'invalid-geometry')
  if (!placed.inside) throw new ValidationFailed('Der Ort liegt außerhalb der Kommunen der regiopolREGION.', 'outside-region')
}

/** One locked project as the target of a write; `ifMatch` must name its current version. */
const projectTarget = (id: number, ifMatch: string | undefined, action: string): RecordTarget<ProjectRow> => ({
  id, lock: lockProject, missing: `Es gibt kein Projekt Nr. ${id}.`,
  authorise: (who, row) => assertMayEdit(who, row.municipality_ags, action),
  version: {
    kind: 'project', ifMatch, required: true,
    stale: 'Das Projekt wurde inzwischen geändert. Bitte neu laden, die Änderungen prüfen und erneut speichern.',
  },
})

export async function createProject(sql: Sql, who: Principal | null, body: CreateProjectBody): Promise<number> {
  const values: ProjectValues = { ...EMPTY, ...body.properties }
  const principal = assertMayEdit(who, values.municipality_ags, 'Anlegen')
  return writeTransaction(sql, principal, async (tx) => {
    await checkMunicipalities(tx, values.municipality_ags)
    if (body.geometry) await checkLocation(tx, body.geometry)
    const id = await insertProject(tx, values, body.geometry, principal.accountId)
    return { result: id, audit: [{ action: 'create', entity: 'project', entityId: id, after: await lockProject(tx, id) }] }
  })
}

export function patchProject(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined, body: PatchProjectBody): Promise<void> {
  return changeRecord(sql, who, projectTarget(id, ifMatch, 'Ändern'), async (tx, before, principal) => {
    const values: ProjectValues = { ...valuesOf(before), ...body.properties }
    if (values.end_date && values.start_date && values.end_date < values.start_date) {
      throw new ValidationFailed('properties.end_date: Das Ende liegt vor dem Beginn.', 'validation-failed')
    }
    if (body.properties?.municipality_ags) {
      await checkMunicipalities(tx, values.municipality_ags)
      // An editor may add partners, but not hand the project away from its own municipality.
      assertMayEdit(principal, values.municipality_ags, 'Kommunen ändern')
    }
    if (body.geometry) await checkLocation(tx, body.geometry)
    await updateProject(tx, id, values, body.geometry, principal.accountId)
    return { result: undefined, audit: [{ action: 'update', entity: 'project', entityId: id, before, after: await lockProject(tx, id) }] }
  })
}

/** Deletes the project; the audit row keeps its last state. */
export function removeProject(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined): Promise<void> {
  return changeRecord(sql, who, projectTarget(id, ifMatch, 'Löschen'), async (tx, before) => {
    await deleteProject(tx, id)
    return { result: undefined, audit: [{ action: 'delete', entity: 'project', entityId: id, before }] }
  })
}
