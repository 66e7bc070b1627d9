import { MAX_EXCHANGE_DAYS, REGION, type CreateExchangeBody, type ExchangePoint, type PatchExchangeBody } from '@regiopol/geodata'
import type { Context } from 'hono'
import type { Sql } from 'postgres'
import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/queries/db.ts'
import { Conflict, NotFound, ValidationFailed } from '../errors.ts'
import { requireVersion } from '../version-tag.ts'
import { assertMayEditPost } from './access.ts'
import {
  calendar, closePost, insertPost, lockPost, municipalityExists, pointInRegion, updatePost, writeExchangeAudit,
  type ExchangeValues,
} from './queries.ts'

/* Posting, changing and closing exchange posts: each in one transaction with its audit row. */

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

function requireIfMatch(c: Context, id: number, version: number) {
  requireVersion(c, 'exchange', id, version, 'Der Beitrag wurde inzwischen geändert. Bitte neu laden, die Änderungen prüfen und erneut speichern.')
}

async function openPostOr404(tx: Db, id: number) {
  const row = await lockPost(tx, id)
  if (!row) throw new NotFound(`Es gibt keinen Beitrag Nr. ${id}.`)
  return row
}

export async function createPost(sql: Sql, who: Principal | null, body: CreateExchangeBody): Promise<number> {
  const values: ExchangeValues = { ...EMPTY, ...body.properties }
  const principal = assertMayEditPost(who, values.municipality_ags, 'Einstellen')
  return sql.begin(async (tx) => {
    if (!(await municipalityExists(tx, values.municipality_ags))) {
      throw new ValidationFailed(`properties.municipality_ags: ${values.municipality_ags} ist keine Kommune der Region.`, 'unknown-municipality')
    }
    await checkExpiry(tx, values.expires_on)
    if (body.geometry) await checkLocation(tx, body.geometry)
    const id = await insertPost(tx, values, body.geometry, principal.accountId)
    await writeExchangeAudit(tx, principal, 'create', id, null, await lockPost(tx, id))
    return id
  })
}

export async function patchPost(sql: Sql, c: Context, who: Principal | null, id: number, body: PatchExchangeBody): Promise<void> {
  await sql.begin(async (tx) => {
    const before = await openPostOr404(tx, id)
    const principal = assertMayEditPost(who, before.municipality_ags, 'Ändern')
    requireIfMatch(c, id, before.version)
    if (before.closed_on) throw new Conflict('post-closed', `Der Beitrag wurde am ${before.closed_on} geschlossen und kann nicht mehr geändert werden; bitte neu einstellen.`)
    // An expired post may be revived by a new expiry date; otherwise its old date stays as it is.
    if (body.properties?.expires_on !== undefined) await checkExpiry(tx, body.properties.expires_on)
    if (body.geometry) await checkLocation(tx, body.geometry)
    await updatePost(tx, id, body.properties ?? {}, body.geometry, principal.accountId)
    await writeExchangeAudit(tx, principal, 'update', id, before, await lockPost(tx, id))
  })
}

/** Closes the post: hidden from the board, kept in the database and the audit trail. */
export async function closeExchangePost(sql: Sql, c: Context, who: Principal | null, id: number): Promise<void> {
  await sql.begin(async (tx) => {
    const before = await openPostOr404(tx, id)
    const principal = assertMayEditPost(who, before.municipality_ags, 'Schließen')
    requireIfMatch(c, id, before.version)
    if (before.closed_on) throw new Conflict('post-closed', `Der Beitrag ist seit ${before.closed_on} geschlossen.`)
    await closePost(tx, id, principal.accountId)
    await writeExchangeAudit(tx, principal, 'close', id, before, await lockPost(tx, id))
  })
}
