import { bookReservationSchema, closeBookingSchema, createBookingSchema, offersQuerySchema } from '@regiopol/geodata'
import { Hono, type Context } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../../auth/principal.ts'
import { allBookings, areaBookings } from './ledger-queries.ts'
import { areaHistory, exportAreaRows, exportAreasGeoJson, offers, placeAt } from './read-queries.ts'
import { areaVersion } from './queries.ts'
import { InvalidParameter, NotFound } from '../../errors.ts'
import { requireAdmin, requirePrincipal, requireWriter } from '../../middleware/auth.ts'
import { parseBody } from '../../middleware/validate.ts'
import { apiBase, GEOJSON } from '../../ogc/links.ts'
import { objectsToCsv } from '@regiopol/geodata/csv'
import { areaEtag } from './etag.ts'
import { areaId } from './collection.ts'
import { BOOKING_ACTIONS, changeBooking, createBooking, type LedgerResult } from './ledger.ts'

const bookingColumns = [
  'id', 'area_id', 'kind', 'status', 'intervention_name', 'reference', 'municipality_ags', 'municipality', 'points',
  'valid_until', 'expired', 'reason', 'sample', 'created_by', 'created_at', 'updated_at', 'booked_at', 'closed_at',
] as const
const areaColumns = [
  'id', 'name', 'municipality_ags', 'municipality', 'measure_type', 'status', 'eco_points_total', 'eco_points_available',
  'biotope_value_before', 'biotope_value_after', 'area_ha', 'planned_date', 'implemented_date', 'land_owner_type',
  'authority_file_number', 'description', 'document_links', 'version', 'sample', 'lon', 'lat',
] as const

function ledgerResponse(c: Context, result: LedgerResult, status: 200 | 201 = 200) {
  c.header('ETag', areaEtag(result.area.id, result.area.version, true))
  c.header('Cache-Control', 'no-store')
  if (status === 201) c.header('Location', `${apiBase(c)}/compensation-areas/${result.area.id}/bookings/${result.booking.id}`)
  return c.json(result, status)
}

function download(c: Context, body: string, type: string, filename: string) {
  c.header('Content-Disposition', `attachment; filename="${filename}"`)
  c.header('Cache-Control', 'no-store')
  return c.body(body, 200, { 'Content-Type': type })
}

async function existingArea(sql: Sql, id: number) {
  const version = await areaVersion(sql, id)
  if (version === undefined) throw new NotFound(`Es gibt keine Poolfläche Nr. ${id}.`)
  return version
}

/** The pool beyond the OGC collection: ledger, history, offers, exports. */
export function pool(sql: Sql) {
  /** An existing area's id for a signed-in read (ledger, history); private, as it is not public. */
  const signedInRead = async (c: Context<AppEnv>) => {
    const id = areaId(c)
    requirePrincipal(c.get('principal'))
    await existingArea(sql, id)
    c.header('Cache-Control', 'private, no-cache')
    return id
  }

  const app = new Hono<AppEnv>()
    .get('/offers', async (c) => {
      const parsed = offersQuerySchema.safeParse(c.req.query())
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!
        const parameter = issue.path.join('.') || String((issue as { keys?: string[] }).keys?.[0] ?? '')
        throw new InvalidParameter(parameter, `Ungültig: ${parameter || 'Parameter'} (${issue.message}). Erwartet: lon, lat (WGS84), points (ganze Zahl > 0), optional limit (1–100).`)
      }
      const { lon, lat, points, limit } = parsed.data
      const place = await placeAt(sql, lon, lat)
      return c.json({ intervention: { lon, lat, points, ...place }, offers: await offers(sql, lon, lat, points, limit, place) })
    })
    .get('/export/areas.geojson', async (c) => {
      requireAdmin(c.get('principal'))
      return download(c, await exportAreasGeoJson(sql), GEOJSON, 'ausgleichsflaechenpool.geojson')
    })
    .get('/export/areas.csv', async (c) => {
      requireAdmin(c.get('principal'))
      return download(c, objectsToCsv(await exportAreaRows(sql), areaColumns), 'text/csv; charset=utf-8', 'ausgleichsflaechenpool.csv')
    })
    .get('/export/bookings.csv', async (c) => {
      requireAdmin(c.get('principal'))
      return download(c, objectsToCsv(await allBookings(sql), bookingColumns), 'text/csv; charset=utf-8', 'oekokonto-buchungen.csv')
    })
    .get('/:id/bookings', async (c) => c.json({ bookings: await areaBookings(sql, await signedInRead(c)) }))
    .get('/:id/history', async (c) => c.json({ history: await areaHistory(sql, await signedInRead(c)) }))
    .post('/:id/bookings', async (c) => {
      const id = areaId(c)
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, createBookingSchema)
      return ledgerResponse(c, await createBooking(sql, principal, id, c.req.header('If-Match'), body), 201)
    })
  // Book, release and cancel: one handler; the action is the last path segment.
  for (const action of BOOKING_ACTIONS) {
    app.post(`/:id/bookings/:bookingId/${action}`, async (c) => {
      const id = areaId(c)
      const bookingId = areaId(c, 'bookingId')
      const principal = requireWriter(c.get('principal'))
      const body = await parseBody(c, action === 'book' ? bookReservationSchema : closeBookingSchema)
      return ledgerResponse(c, await changeBooking(sql, principal, id, bookingId, c.req.header('If-Match'), action, body))
    })
  }
  return app
}
