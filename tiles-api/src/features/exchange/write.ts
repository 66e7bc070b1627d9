import { MAX_EXCHANGE_DAYS, REGION, type CreateExchangeBody, type ExchangePoint, type PatchExchangeBody } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../../auth/principal.ts'
import type { Db } from '../../db/queries/db.ts'
import { Conflict, ValidationFailed } from '../../errors.ts'
import { changeRecord, writeTransaction, type RecordTarget, type WriteOptions } from '../../writes/transaction.ts'
import { assertMayEditPost } from './access.ts'
import {
  calendar, closePost, insertPost, lockPost, municipalityExists, pointInRegion, updatePost, type ExchangeRow, type ExchangeValues,
} from './queries.ts'

/* Posting, changing and closing exchange posts: each in one write transaction with its audit row. */

const EMPTY = { description: null, contact_name: null, contact_role: null, contact_email: null, contact_phone: null, contact_consent: false }

const [minLon, minLat, maxLon, maxLat] = REGION.bbox
const inBox = (lon: number, lat: number) => lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat

/** A location must lie in a municipality of the region (lon/lat swapped is named as such). */
async function checkLocation(tx: Db, g: ExchangePoint) {
  const [lon, lat] = g.coordinates
  if (!inBox(lon, lat)) {
    if (inBox(lat, lon)) {
      throw new ValidationFailed('Länge und Breite sind vertauscht: GeoJSON erwartet [Länge, Breite], z. B. [8.75, 51.72] für Paderborn.', 'swapped-coordinates')
    }
    throw new ValidationFailed(`Der Ort liegt außerhalb der regiopolREGION (Länge ${minLon}–${maxLon}, Breite ${minLat}–${maxLat}).`, 'outside-region')
  }
  if (!(await pointInRegion(tx, g))) throw new ValidationFailed('Der Ort liegt außerhalb der Kommunen der regiopolREGION.', 'outside-region')
}

/** The expiry lies between today and MAX_EXCHANGE_DAYS ahead (the database's calendar decides). */
async function checkExpiry(tx: Db, expires: string) {
  const { today, latest } = await calendar(tx, MAX_EXCHANGE_DAYS)
  if (expires < today) {
    throw new ValidationFailed(`properties.expires_on: Das Ablaufdatum ${expires} liegt in der Vergangenheit (heute ist ${today}). Zum Beenden den Beitrag schließen.`, 'expiry-in-past')
  }
  if (expires > latest) {
    throw new ValidationFailed(`properties.expires_on: Ein Beitrag läuft höchstens ${MAX_EXCHANGE_DAYS} Tage, also spätestens am ${latest} ab.`, 'expiry-too-late')
  }
}

/** The board has no row-level security policies (migration 0016 covers pool and projects only). */
const NO_ROW_SECURITY: WriteOptions = { rowSecurity: false }

/** One locked post as the target of a write; `ifMatch` must name its current version. */
const postTarget = (id: number, ifMatch: string | undefined, action: string): RecordTarget<ExchangeRow> => ({
  id, lock: lockPost, missing: `Es gibt keinen Beitrag Nr. ${id}.`,
  authorise: (who, row) => assertMayEditPost(who, row.municipality_ags, action),
  version: {
    kind: 'exchange', ifMatch, required: true,
    stale: 'Der Beitrag wurde inzwischen geändert. Bitte neu laden, die Änderungen prüfen und erneut speichern.',
  },
})

export async function createPost(sql: Sql, who: Principal | null, body: CreateExchangeBody): Promise<number> {
  const values: ExchangeValues = { ...EMPTY, ...body.properties }
  const principal = assertMayEditPost(who, values.municipality_ags, 'Einstellen')
  return writeTransaction(sql, principal, async (tx) => {
    if (!(await municipalityExists(tx, values.municipality_ags))) {
      throw new ValidationFailed(`properties.municipality_ags: ${values.municipality_ags} ist keine Kommune der Region.`, 'unknown-municipality')
    }
    await checkExpiry(tx, values.expires_on)
    if (body.geometry) await checkLocation(tx, body.geometry)
    const id = await insertPost(tx, values, body.geometry, principal.accountId)
    return { result: id, audit: [{ action: 'create', entity: 'exchange_post', entityId: id, after: await lockPost(tx, id) }] }
  }, NO_ROW_SECURITY)
}

export function patchPost(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined, body: PatchExchangeBody): Promise<void> {
  return changeRecord(sql, who, postTarget(id, ifMatch, 'Ändern'), async (tx, before, principal) => {
    if (before.closed_on) throw new Conflict('post-closed', `Der Beitrag wurde am ${before.closed_on} geschlossen und kann nicht mehr geändert werden; bitte neu einstellen.`)
    // An expired post may be revived by a new expiry date; otherwise its old date stays as it is.
    if (body.properties?.expires_on !== undefined) await checkExpiry(tx, body.properties.expires_on)
    if (body.geometry) await checkLocation(tx, body.geometry)
    await updatePost(tx, id, body.properties ?? {}, body.geometry, principal.accountId)
    return { result: undefined, audit: [{ action: 'update', entity: 'exchange_post', entityId: id, before, after: await lockPost(tx, id) }] }
  }, NO_ROW_SECURITY)
}

/** Closes the post: hidden from the board, kept in the database and the audit trail. */
export function closeExchangePost(sql: Sql, who: Principal | null, id: number, ifMatch: string | undefined): Promise<void> {
  return changeRecord(sql, who, postTarget(id, ifMatch, 'Schließen'), async (tx, before, principal) => {
    if (before.closed_on) throw new Conflict('post-closed', `Der Beitrag ist seit ${before.closed_on} geschlossen.`)
    await closePost(tx, id, principal.accountId)
    return { result: undefined, audit: [{ action: 'close', entity: 'exchange_post', entityId: id, before, after: await lockPost(tx, id) }] }
  }, NO_ROW_SECURITY)
}
