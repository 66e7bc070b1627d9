import type { Db } from '../db/queries/db.ts'
import { formatDate, type CreateBookingBody } from '@regiopol/geodata'
import type { Context } from 'hono'
import type { Sql } from 'postgres'
import type { Principal } from '../auth/principal.ts'
import { actAs } from '../db/act-as.ts'
import { writeAudit } from '../db/queries/audit.ts'
import { bookBooking, closeBooking, getBooking, insertBooking, lockBooking, type BookingRow } from '../db/queries/ledger.ts'
import { setAreaStatus, type AreaRow } from '../db/queries/pool.ts'
import { Conflict, NotFound, ValidationFailed } from '../errors.ts'
import { lockedAreaOr404 } from './areas.ts'
import { checkIfMatch } from './etag.ts'
import { assertMayReserveFor, assertOwner } from './permissions.ts'
import { derivedStatus } from './status.ts'

/*
 * The ledger. Every operation locks the area row first (select … for update), so
 * concurrent reservations queue and each sees the balance the one before left:
 * the balance (total − active reservations − bookings) can never go below zero.
 * The area's version (its ETag) moves with every ledger change, and its status
 * follows the balance (verfügbar → reserviert/zugeordnet and back). A reservation past
 * its valid_until holds no points (migration 0015): the sums in lockArea leave it out.
 */

export interface LedgerResult {
  booking: BookingRow
  area: { id: number; status: string; eco_points_total: number; eco_points_available: number; version: number }
}

async function afterLedgerChange(tx: Db, who: Principal, area: AreaRow, committedDelta: number, reservedDelta: number): Promise<LedgerResult['area']> {
  const committed = area.committed + committedDelta
  const status = derivedStatus(area.status, area.eco_points_total, committed, area.reserved + reservedDelta)
  const version = await setAreaStatus(tx, area.id, status, who.accountId)
  if (status !== area.status) {
    await writeAudit(tx, who, { action: 'status', entity: 'compensation_area', entityId: area.id, areaId: area.id, reason: 'Buchungsstand', before: { status: area.status }, after: { status } })
  }
  return { id: area.id, status, eco_points_total: area.eco_points_total, eco_points_available: area.eco_points_total - committed, version }
}

function assertAvailable(area: AreaRow, points: number, why = '') {
  if (area.status === 'geplant' || area.status === 'stillgelegt') {
    throw new Conflict('area-not-available', `Die Fläche „${area.name}“ ist ${area.status === 'geplant' ? 'erst geplant' : 'stillgelegt'}; Ökopunkte gibt es nur von verfügbaren Flächen.`)
  }
  const available = area.eco_points_total - area.committed
  if (points > available) {
    throw new Conflict('insufficient-points', `Auf „${area.name}“ sind nur noch ${available} Ökopunkte verfügbar, angefragt waren ${points}.${why}`, { available, requested: points })
  }
}

export async function createBooking(sql: Sql, c: Context, who: Principal | null, areaId: number, body: CreateBookingBody): Promise<LedgerResult> {
  if (body.valid_until && body.valid_until < new Date().toISOString().slice(0, 10)) {
    throw new ValidationFailed('„valid_until“ liegt in der Vergangenheit.', 'validation-failed')
  }
  return sql.begin(async (tx) => {
    await actAs(sql, tx, who)
    const area = await lockedAreaOr404(tx, areaId)
    const principal = body.kind === 'abbuchung' ? assertOwner(who, area.municipality_ags, 'Abbuchen') : assertMayReserveFor(who, body.municipality_ags)
    checkIfMatch(c, areaId, area.version)
    assertAvailable(area, body.points)
    const id = await insertBooking(tx, areaId, body, principal.accountId)
    const booking = (await getBooking(tx, id))!
    await writeAudit(tx, principal, { action: body.kind === 'abbuchung' ? 'book' : 'reserve', entity: 'compensation_booking', entityId: id, areaId, after: booking })
    const after = await afterLedgerChange(tx, principal, area, body.points, body.kind === 'reservierung' ? body.points : 0)
    return { booking, area: after }
  })
}

type BookingAction = 'book' | 'release' | 'cancel'

async function changeBooking(
  sql: Sql, c: Context, who: Principal | null, areaId: number, bookingId: number, action: BookingAction,
  apply: (tx: Db, booking: BookingRow, area: AreaRow) => Promise<{ committedDelta: number; reservedDelta: number; reason?: string }>,
): Promise<LedgerResult> {
  return sql.begin(async (tx) => {
    await actAs(sql, tx, who)
    const area = await lockedAreaOr404(tx, areaId)
    const label = { book: 'Abbuchen', release: 'Freigeben', cancel: 'Stornieren' }[action]
    const principal = assertOwner(who, area.municipality_ags, label)
    checkIfMatch(c, areaId, area.version)
    const before = await lockBooking(tx, areaId, bookingId)
    if (!before) throw new NotFound(`Die Fläche Nr. ${areaId} hat keine Buchung Nr. ${bookingId}.`)
    if (before.status !== 'aktiv') throw new Conflict('booking-closed', `Die Buchung Nr. ${bookingId} ist bereits ${before.status}.`)
    const { committedDelta, reservedDelta, reason } = await apply(tx, before, area)
    const booking = (await getBooking(tx, bookingId))!
    await writeAudit(tx, principal, { action, entity: 'compensation_booking', entityId: bookingId, areaId, reason, before, after: booking })
    return { booking, area: await afterLedgerChange(tx, principal, area, committedDelta, reservedDelta) }
  })
}

/**
 * A reservation becomes a booking: all its points or fewer (the rest returns to the balance).
 * An expired reservation holds nothing any more, so booking it takes its points from the
 * balance as it is now: allowed only while the area is available and the balance covers it.
 */
export function bookReservation(sql: Sql, c: Context, who: Principal | null, areaId: number, bookingId: number, points?: number) {
  return changeBooking(sql, c, who, areaId, bookingId, 'book', async (tx, b, area) => {
    if (b.kind !== 'reservierung') throw new Conflict('not-a-reservation', `Die Buchung Nr. ${b.id} ist bereits abgebucht.`)
    const booked = points ?? b.points
    if (booked > b.points) {
      throw new Conflict('insufficient-points', `Reserviert sind ${b.points} Ökopunkte; mehr (${booked}) kann diese Reservierung nicht abbuchen.`, { reserved: b.points, requested: booked })
    }
    if (b.expired) {
      assertAvailable(area, booked, ` Die Reservierung Nr. ${b.id} ist seit dem ${formatDate(b.valid_until!)} abgelaufen und hält keine Punkte mehr.`)
      await bookBooking(tx, b.id, booked)
      return { committedDelta: booked, reservedDelta: 0 }
    }
    await bookBooking(tx, b.id, booked)
    return { committedDelta: booked - b.points, reservedDelta: -b.points }
  })
}

/** Points that a row being closed gave back to the balance: none for an expired reservation. */
const held = (b: BookingRow) => (b.expired ? 0 : b.points)

export function releaseReservation(sql: Sql, c: Context, who: Principal | null, areaId: number, bookingId: number, reason: string) {
  return changeBooking(sql, c, who, areaId, bookingId, 'release', async (tx, b) => {
    if (b.kind !== 'reservierung') throw new Conflict('not-a-reservation', `Die Buchung Nr. ${b.id} ist eine Abbuchung; sie wird storniert, nicht freigegeben.`)
    await closeBooking(tx, b.id, 'freigegeben', reason)
    return { committedDelta: -held(b), reservedDelta: -held(b), reason }
  })
}

export function cancelBooking(sql: Sql, c: Context, who: Principal | null, areaId: number, bookingId: number, reason: string) {
  return changeBooking(sql, c, who, areaId, bookingId, 'cancel', async (tx, b) => {
    await closeBooking(tx, b.id, 'storniert', reason)
    return { committedDelta: -held(b), reservedDelta: b.kind === 'reservierung' ? -held(b) : 0, reason }
  })
}
