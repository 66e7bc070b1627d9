import { CLOSED_AREA_STATUSES, formatDate, type CreateBookingBody } from '@regiopol/geodata'
import type { Sql, TransactionSql } from 'postgres'
import type { Principal } from '../../auth/principal.ts'
import { Conflict, NotFound, ValidationFailed } from '../../errors.ts'
import type { AuditEntry } from '../../writes/audit.ts'
import { changeRecord, type Written } from '../../writes/transaction.ts'
import { areaTarget } from './areas.ts'
import { bookBooking, closeBooking, getBooking, insertBooking, lockBooking, type BookingRow } from './ledger-queries.ts'
import { assertMayReserveFor, assertOwner } from './permissions.ts'
import { setAreaStatus, type AreaRow } from './queries.ts'
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

/** The area after a ledger change: status follows the balance, the version moves; the booking's audit row first. */
async function afterLedgerChange(
  tx: TransactionSql, who: Principal, area: AreaRow, booking: BookingRow, entry: AuditEntry, committedDelta: number, reservedDelta: number,
): Promise<Written<LedgerResult>> {
  const committed = area.committed + committedDelta
  const status = derivedStatus(area.status, area.eco_points_total, committed, area.reserved + reservedDelta)
  const version = await setAreaStatus(tx, area.id, status, who.accountId)
  const audit = [entry]
  if (status !== area.status) {
    audit.push({ action: 'status', entity: 'compensation_area', entityId: area.id, areaId: area.id, reason: 'Buchungsstand', before: { status: area.status }, after: { status } })
  }
  const after = { id: area.id, status, eco_points_total: area.eco_points_total, eco_points_available: area.eco_points_total - committed, version }
  return { result: { booking, area: after }, audit }
}

export function assertAvailable(area: Pick<AreaRow, 'name' | 'status' | 'eco_points_total' | 'committed'>, points: number, why = '') {
  if (CLOSED_AREA_STATUSES.includes(area.status)) {
    throw new Conflict('area-not-available', `Die Fläche „${area.name}“ ist ${area.status === 'geplant' ? 'erst geplant' : 'stillgelegt'}; Ökopunkte gibt es nur von verfügbaren Flächen.`)
  }
  const available = area.eco_points_total - area.committed
  if (points > available) {
    throw new Conflict('insufficient-points', `Auf „${area.name}“ sind nur noch ${available} Ökopunkte verfügbar, angefragt waren ${points}.${why}`, { available, requested: points })
  }
}

/** A reservation or (`kind: "abbuchung"`) a direct booking of points; `ifMatch` is checked when given. */
export function createBooking(sql: Sql, who: Principal | null, areaId: number, ifMatch: string | undefined, body: CreateBookingBody): Promise<LedgerResult> {
  if (body.valid_until && body.valid_until < new Date().toISOString().slice(0, 10)) {
    throw new ValidationFailed('„valid_until“ liegt in der Vergangenheit.', 'validation-failed')
  }
  const target = {
    ...areaTarget(areaId, ifMatch, 'Abbuchen'),
    authorise: (p: Principal | null, area: AreaRow) =>
      body.kind === 'abbuchung' ? assertOwner(p, area.municipality_ags, 'Abbuchen') : assertMayReserveFor(p, body.municipality_ags),
  }
  return changeRecord(sql, who, target, async (tx, area, principal) => {
    assertAvailable(area, body.points)
    const id = await insertBooking(tx, areaId, body, principal.accountId)
    const booking = (await getBooking(tx, id))!
    const entry: AuditEntry = { action: body.kind === 'abbuchung' ? 'book' : 'reserve', entity: 'compensation_booking', entityId: id, areaId, after: booking }
    return afterLedgerChange(tx, principal, area, booking, entry, body.points, body.kind === 'reservierung' ? body.points : 0)
  })
}

export const BOOKING_ACTIONS = ['book', 'release', 'cancel'] as const
export type BookingAction = (typeof BOOKING_ACTIONS)[number]

/** The row as a ledger action sees it (the stored booking, or a viewer's copy of it). */
export type LedgerBooking = Pick<BookingRow, 'id' | 'kind' | 'status' | 'points' | 'expired' | 'valid_until'>

/**
 * Whether the ledger accepts `action` on this row of this area (the caller may act on
 * the area): throws the refusal, 409, else returns. Pure, so that the viewer's
 * bookingActions can be checked against it. An expired reservation holds nothing any
 * more, so booking it takes its points from the balance as it is now: allowed only while
 * the area is available and the balance covers it.
 */
export function checkBookingAction(action: BookingAction, b: LedgerBooking, area: Pick<AreaRow, 'name' | 'status' | 'eco_points_total' | 'committed'>, points?: number): void {
  if (b.status !== 'aktiv') throw new Conflict('booking-closed', `Die Buchung Nr. ${b.id} ist bereits ${b.status}.`)
  if (action === 'release' && b.kind !== 'reservierung') {
    throw new Conflict('not-a-reservation', `Die Buchung Nr. ${b.id} ist eine Abbuchung; sie wird storniert, nicht freigegeben.`)
  }
  if (action !== 'book') return
  if (b.kind !== 'reservierung') throw new Conflict('not-a-reservation', `Die Buchung Nr. ${b.id} ist bereits abgebucht.`)
  const booked = points ?? b.points
  if (booked > b.points) {
    throw new Conflict('insufficient-points', `Reserviert sind ${b.points} Ökopunkte; mehr (${booked}) kann diese Reservierung nicht abbuchen.`, { reserved: b.points, requested: booked })
  }
  if (b.expired) assertAvailable(area, booked, ` Die Reservierung Nr. ${b.id} ist seit dem ${formatDate(b.valid_until!)} abgelaufen und hält keine Punkte mehr.`)
}

/** Points that a row being closed gave back to the balance: none for an expired reservation. */
const held = (b: BookingRow) => (b.expired ? 0 : b.points)

/** What an accepted action writes, and how it moves the committed and reserved sums. */
async function apply(tx: TransactionSql, action: BookingAction, b: BookingRow, body: BookingActionBody) {
  if (action === 'book') {
    // A reservation becomes a booking: all its points or fewer (the rest returns to the balance).
    const booked = body.points ?? b.points
    await bookBooking(tx, b.id, booked)
    return b.expired ? { committedDelta: booked, reservedDelta: 0 } : { committedDelta: booked - b.points, reservedDelta: -b.points }
  }
  const reason = body.reason!
  await closeBooking(tx, b.id, action === 'release' ? 'freigegeben' : 'storniert', reason)
  return { committedDelta: -held(b), reservedDelta: b.kind === 'reservierung' ? -held(b) : 0, reason }
}

const ACTION_LABEL: Record<BookingAction, string> = { book: 'Abbuchen', release: 'Freigeben', cancel: 'Stornieren' }

/** The body of a ledger action: `points` (book fewer than reserved) or `reason` (release, cancel). */
export interface BookingActionBody {
  points?: number | undefined
  reason?: string | undefined
}

/** Books, releases or cancels one booking of an area (`ifMatch` is checked when given). */
export function changeBooking(
  sql: Sql, who: Principal | null, areaId: number, bookingId: number, ifMatch: string | undefined, action: BookingAction, body: BookingActionBody,
): Promise<LedgerResult> {
  return changeRecord(sql, who, areaTarget(areaId, ifMatch, ACTION_LABEL[action]), async (tx, area, principal) => {
    const before = await lockBooking(tx, areaId, bookingId)
    if (!before) throw new NotFound(`Die Fläche Nr. ${areaId} hat keine Buchung Nr. ${bookingId}.`)
    checkBookingAction(action, before, area, body.points)
    const { committedDelta, reservedDelta, reason } = await apply(tx, action, before, body)
    const booking = (await getBooking(tx, bookingId))!
    const entry: AuditEntry = { action, entity: 'compensation_booking', entityId: bookingId, areaId, reason, before, after: booking }
    return afterLedgerChange(tx, principal, area, booking, entry, committedDelta, reservedDelta)
  })
}
