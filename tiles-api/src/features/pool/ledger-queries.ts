import type { Db } from '../../db/queries/db.ts'
import type { Booking, CreateBookingBody } from '@regiopol/geodata'
import type { Sql } from 'postgres'

/* The booking ledger (Abbuchungen) of the pool. */

export interface BookingRow extends Booking {
  area_id: number
  sample: boolean
  updated_at: string
  booked_at: string | null
  closed_at: string | null
}

const bookingSelect = (sql: Db) => sql`
  select b.id, b.area_id, b.kind, b.status, b.intervention_name, b.reference, b.municipality_ags,
         m.name as municipality, b.points, b.valid_until::text,
         booking_expired(b.kind, b.status, b.valid_until) as expired, b.reason, b.sample, a.email as created_by,
         b.created_at, b.updated_at, b.booked_at, b.closed_at
  from compensation_bookings b join municipalities m on m.ags = b.municipality_ags
  left join accounts a on a.id = b.created_by`

export async function getBooking(sql: Db, id: number): Promise<BookingRow | undefined> {
  const [row] = await sql<BookingRow[]>`${bookingSelect(sql)} where b.id = ${id}`
  return row
}

export function areaBookings(sql: Sql, areaId: number) {
  return sql<BookingRow[]>`${bookingSelect(sql)} where b.area_id = ${areaId} order by b.id`
}

export function allBookings(sql: Sql) {
  return sql<BookingRow[]>`${bookingSelect(sql)} order by b.area_id, b.id`
}

/** The booking row locked; the caller holds the area's lock already. */
export async function lockBooking(tx: Db, areaId: number, id: number): Promise<BookingRow | undefined> {
  const [row] = await tx<{ id: number }[]>`select id from compensation_bookings where id = ${id} and area_id = ${areaId} for update`
  return row ? getBooking(tx, id) : undefined
}

export async function insertBooking(tx: Db, areaId: number, b: CreateBookingBody, accountId: number): Promise<number> {
  const [row] = await tx<{ id: number }[]>`
    insert into compensation_bookings (area_id, kind, status, intervention_name, reference, municipality_ags, points,
      valid_until, created_by, booked_at)
    values (${areaId}, ${b.kind}, 'aktiv', ${b.intervention_name}, ${b.reference ?? null}, ${b.municipality_ags},
      ${b.points}, ${b.valid_until ?? null}, ${accountId}, case when ${b.kind} = 'abbuchung' then now() end)
    returning id`
  return row!.id
}

export async function bookBooking(tx: Db, id: number, points: number) {
  await tx`update compensation_bookings set kind = 'abbuchung', points = ${points}, booked_at = now(), updated_at = now()
    where id = ${id}`
}

export async function closeBooking(tx: Db, id: number, status: 'freigegeben' | 'storniert', reason: string) {
  await tx`update compensation_bookings set status = ${status}, reason = ${reason}, closed_at = now(), updated_at = now()
    where id = ${id}`
}
