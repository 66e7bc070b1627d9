import type { Booking, CreateAreaBody, OffersAnswer, CreateBookingBody, HistoryEntry, PatchAreaBody, StatusChangeBody } from '@regiopol/geodata'
import type { ApiFeature } from '../api/features.ts'
import { sendJson, sendTagged, versionTag } from '../api/http.ts'

/*
 * Calls of the compensation pool, over the one HTTP client (api/http.ts): the session
 * cookie goes along, refusals are ApiError.
 */

export type { Booking, HistoryEntry }
export type { Offer, OffersAnswer } from '@regiopol/geodata'

export interface LedgerArea {
  id: number
  status: string
  eco_points_total: number
  eco_points_available: number
  version: number
}

export async function fetchBookings(areaId: string): Promise<Booking[]> {
  return (await sendJson<{ bookings: Booking[] }>('GET', `/compensation-areas/${encodeURIComponent(areaId)}/bookings`)).bookings
}

export async function fetchHistory(areaId: string): Promise<HistoryEntry[]> {
  return (await sendJson<{ history: HistoryEntry[] }>('GET', `/compensation-areas/${encodeURIComponent(areaId)}/history`)).history
}

export async function reservePoints(areaId: string, body: CreateBookingBody): Promise<{ booking: Booking; area: LedgerArea }> {
  return sendJson('POST', `/compensation-areas/${encodeURIComponent(areaId)}/bookings`, { body })
}

export async function changeStatus(areaId: string, body: StatusChangeBody): Promise<ApiFeature> {
  return sendJson('POST', `/collections/compensation_areas/items/${encodeURIComponent(areaId)}/status`, { body })
}

export async function createArea(body: CreateAreaBody): Promise<ApiFeature> {
  return sendJson('POST', '/collections/compensation_areas/items', { body })
}

/** The If-Match tag for an area at a version (the server compares the version only). */
const areaTag = (areaId: string | number, version: number | undefined): string | undefined =>
  version === undefined ? undefined : versionTag('area', areaId, version)

export type BookingAction = 'book' | 'release' | 'cancel'

/**
 * Books (fully or with fewer points), releases or cancels a ledger row. With the area's
 * version the server refuses with 412 when someone changed the area meanwhile.
 */
export async function changeBooking(
  areaId: string, bookingId: number, action: BookingAction, body: { points?: number; reason?: string }, version?: number,
): Promise<{ booking: Booking; area: LedgerArea }> {
  const path = `/compensation-areas/${encodeURIComponent(areaId)}/bookings/${bookingId}/${action}`
  return sendJson('POST', path, { body, ifMatch: areaTag(areaId, version) })
}

export interface AreaWithTag {
  properties: Record<string, unknown>
  /** The ETag the server sent: what a PATCH names in If-Match. */
  etag: string
}

/** The area as a signed-in user sees it (restricted fields included), with its ETag. */
export async function fetchArea(areaId: string): Promise<AreaWithTag> {
  const { body, etag } = await sendTagged<{ properties: Record<string, unknown> }>('GET', areaPath(areaId), { cache: 'no-store' })
  return { properties: body.properties, etag }
}

/** PATCH with If-Match: 412 when the area changed since `etag`. */
export async function patchArea(areaId: string, etag: string, body: PatchAreaBody): Promise<AreaWithTag> {
  const answer = await sendTagged<{ properties: Record<string, unknown> }>('PATCH', areaPath(areaId), { body, ifMatch: etag })
  return { properties: answer.body.properties, etag: answer.etag }
}

const areaPath = (areaId: string) => `/collections/compensation_areas/items/${encodeURIComponent(areaId)}`

/** Available areas with at least `points` left, nearest to the intervention first. */
export async function fetchOffers(lon: number, lat: number, points: number, limit = 20): Promise<OffersAnswer> {
  const q = new URLSearchParams({ lon: lon.toFixed(6), lat: lat.toFixed(6), points: String(points), limit: String(limit) })
  return sendJson('GET', `/compensation-areas/offers?${q}`)
}
