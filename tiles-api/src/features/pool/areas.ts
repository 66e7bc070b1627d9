import type { Db } from '../../db/queries/db.ts'
import {
  MANUAL_TRANSITIONS, MAX_ECO_POINTS, STATUS_TRANSITIONS,
  type CompensationStatus, type CreateAreaBody, type PatchAreaBody, type PolygonGeometry, type StatusChangeBody,
} from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../../auth/principal.ts'
import { changeRecord, writeTransaction, type RecordTarget } from '../../writes/transaction.ts'
import {
  areaSnapshot, insertArea, lockArea, lockPoolGeometry, setAreaStatus, updateArea, type AreaRow, type AreaValues,
} from './queries.ts'
import { Conflict, Forbidden, ValidationFailed } from '../../errors.ts'
import { areaIfMatch } from './etag.ts'
import { checkAreaGeometry } from './geometry.ts'
import { assertOwner } from './permissions.ts'
import { derivedStatus, statusLabel } from './status.ts'

/* Creating and changing pool areas: each in one write transaction with its audit row. */

/** Eco points = value gain per m² × area in m² (EPSG:25832), when biotope values are given. */
function ecoPoints(v: Pick<AreaValues, 'biotope_value_before' | 'biotope_value_after' | 'eco_points_total'>, areaM2: number): number {
  if (v.biotope_value_before === null || v.biotope_value_after === null) return v.eco_points_total
  const points = Math.round((v.biotope_value_after - v.biotope_value_before) * areaM2)
  if (points < 1) throw new ValidationFailed('Aus Biotopwerten und Fläche ergeben sich keine Ökopunkte.', 'no-eco-points')
  if (points > MAX_ECO_POINTS) throw new ValidationFailed(`Aus Biotopwerten und Fläche ergeben sich mehr als ${MAX_ECO_POINTS} Ökopunkte.`, 'too-many-eco-points')
  return points
}

/** One locked area as the target of a write: its owner (or an admin) may change it. */
export function areaTarget(id: number, ifMatch: string | undefined, action: string, required = false): RecordTarget<AreaRow> {
  return {
    id, lock: lockArea, missing: `Es gibt keine Poolfläche Nr. ${id}.`,
    authorise: (who, area) => assertOwner(who, area.municipality_ags, action),
    version: areaIfMatch(ifMatch, required),
  }
}

export async function createArea(sql: Sql, who: Principal | null, body: CreateAreaBody): Promise<{ id: number; version: number }> {
  const p = body.properties
  const principal = assertOwner(who, p.municipality_ags, 'Anlegen')
  return writeTransaction(sql, who, async (tx) => {
    await lockPoolGeometry(tx)
    const areaM2 = await checkAreaGeometry(tx, body.geometry, p.municipality_ags, null)
    const values: AreaValues = {
      name: p.name,
      municipality_ags: p.municipality_ags,
      measure_type: p.measure_type,
      status: p.status ?? 'geplant',
      eco_points_total: p.eco_points_total ?? 0,
      biotope_value_before: p.biotope_value_before ?? null,
      biotope_value_after: p.biotope_value_after ?? null,
      planned_date: p.planned_date ?? null,
      implemented_date: p.implemented_date ?? null,
      land_owner_type: p.land_owner_type ?? null,
      authority_file_number: p.authority_file_number ?? null,
      description: p.description ?? null,
      document_links: p.document_links ?? [],
    }
    values.eco_points_total = ecoPoints(values, areaM2)
    const created = await insertArea(tx, values, JSON.stringify(body.geometry), principal.accountId)
    const after = await areaSnapshot(tx, created.id)
    return { result: created, audit: [{ action: 'create', entity: 'compensation_area', entityId: created.id, areaId: created.id, after }] }
  })
}

/** Changes shape or fields of an area; `ifMatch` must name its current version. */
export function patchArea(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined, body: PatchAreaBody): Promise<number> {
  return changeRecord(sql, who, areaTarget(id, ifMatch, 'Ändern', true), async (tx, area, principal) => {
    const patch = body.properties ?? {}
    if (patch.municipality_ags !== undefined && patch.municipality_ags !== area.municipality_ags && principal.role !== 'admin') {
      throw new Forbidden('Die Kommune einer Fläche ändert nur das Regionsbüro.')
    }
    if (area.status === 'stillgelegt') throw new Conflict('area-retired', 'Stillgelegte Flächen werden nicht mehr geändert.')
    const { committed: _c, reserved: _r, version: _v, id: _i, ...stored } = area
    const values: AreaValues = { ...stored, ...patch }
    const usesValues = values.biotope_value_before !== null && values.biotope_value_after !== null
    if (usesValues && patch.eco_points_total !== undefined) {
      throw new ValidationFailed('Diese Fläche berechnet ihre Ökopunkte aus den Biotopwerten; zum direkten Setzen die Biotopwerte auf null setzen.', 'validation-failed')
    }
    if ((values.biotope_value_before === null) !== (values.biotope_value_after === null)) {
      throw new ValidationFailed('Biotopwerte bitte beide angeben (vorher und nachher) oder keinen.', 'validation-failed')
    }
    if (usesValues && values.biotope_value_after! <= values.biotope_value_before!) {
      throw new ValidationFailed('Der Biotopwert nachher muss größer sein als vorher.', 'validation-failed')
    }
    const geometry: PolygonGeometry | null = body.geometry ?? null
    let areaM2: number | null = null
    if (geometry || values.municipality_ags !== area.municipality_ags) {
      // A new shape or a new municipality: every geometry rule again (on the stored shape if unchanged).
      await lockPoolGeometry(tx)
      const [row] = await tx<{ g: PolygonGeometry }[]>`select ST_AsGeoJSON(geom)::json as g from compensation_areas where id = ${id}`
      areaM2 = await checkAreaGeometry(tx, geometry ?? row!.g, values.municipality_ags, id)
    } else if (usesValues && (patch.biotope_value_before !== undefined || patch.biotope_value_after !== undefined)) {
      const [row] = await tx<{ m2: number }[]>`select ST_Area(ST_Transform(geom, 25832))::float8 as m2 from compensation_areas where id = ${id}`
      areaM2 = row!.m2
    }
    // Recomputed only when shape, municipality or biotope values change: editing a
    // description must not move the points total (or the balance) by a rounding.
    if (usesValues && areaM2 !== null) values.eco_points_total = ecoPoints(values, areaM2)
    if (values.eco_points_total < area.committed) {
      throw new Conflict('points-committed', `Es sind bereits ${area.committed} Ökopunkte reserviert oder abgebucht; der Gesamtwert kann nicht auf ${values.eco_points_total} sinken.`)
    }
    values.status = derivedStatus(area.status, values.eco_points_total, area.committed, area.reserved)
    const before = await areaSnapshot(tx, id)
    const version = await updateArea(tx, id, values, geometry ? JSON.stringify(geometry) : null, principal.accountId)
    const after = await areaSnapshot(tx, id)
    return { result: version, audit: [{ action: 'update', entity: 'compensation_area', entityId: id, areaId: id, before, after }] }
  })
}

/** A manual status change (`body.to`); `ifMatch` is checked when given. */
export function changeStatus(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined, body: StatusChangeBody): Promise<number> {
  return changeRecord(sql, who, areaTarget(id, ifMatch, 'Status ändern'), async (tx, area, principal) => {
    const from = area.status as CompensationStatus
    const to = body.to
    if (!MANUAL_TRANSITIONS[from].includes(to)) {
      const allowed = MANUAL_TRANSITIONS[from].map((s) => statusLabel[s]).join(', ') || 'keiner'
      const ledger = STATUS_TRANSITIONS[from].includes(to) ? ' Zwischen verfügbar, reserviert und zugeordnet entscheidet der Buchungsstand.' : ''
      throw new Conflict('illegal-transition', `Von „${statusLabel[from]}“ nach „${statusLabel[to]}“ ist nicht erlaubt. Möglich: ${allowed}.${ledger}`, { from, to, allowed: MANUAL_TRANSITIONS[from] })
    }
    if (to === 'stillgelegt' && area.reserved > 0) {
      throw new Conflict('active-reservations', `Auf der Fläche sind noch ${area.reserved} Ökopunkte reserviert; erst freigeben oder abbuchen.`)
    }
    const next = to === 'verfuegbar' ? derivedStatus('verfuegbar', area.eco_points_total, area.committed, area.reserved) : to
    const version = await setAreaStatus(tx, id, next, principal.accountId)
    return { result: version, audit: [{ action: 'status', entity: 'compensation_area', entityId: id, areaId: id, reason: body.reason, before: { status: from }, after: { status: next } }] }
  })
}
