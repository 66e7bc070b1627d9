import type { AccountInfo, Booking, CreateAreaBody, CreateBookingBody, HistoryEntry, PatchAreaBody, StatusChangeBody } from '@regiopol/geodata'
import { ApiError, type ApiFeature } from '../api/client.ts'

/*
 * Calls of the compensation pool and the accounts API. The session is an HttpOnly
 * cookie: same-origin fetch sends it, and the browser adds the Origin header the
 * server checks on writes. Refusals become ApiError with the server's German `detail`.
 */

const API = '/api'

export type { Booking, HistoryEntry }

export interface LedgerArea {
  id: number
  status: string
  eco_points_total: number
  eco_points_available: number
  version: number
}

export async function problemOf(res: Response): Promise<ApiError> {
  let detail = `${res.status} ${res.statusText}`
  try {
    const problem = (await res.json()) as { detail?: string; title?: string }
    detail = problem.detail ?? problem.title ?? detail
  } catch {
    // Not problem details: keep the status line.
  }
  return new ApiError(res.status, detail)
}

export async function request<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json, application/geo+json', ...headers } }
  if (body !== undefined) {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' }
    init.body = JSON.stringify(body)
  }
  const res = await fetch(`${API}${path}`, init)
  if (!res.ok) throw await problemOf(res)
  const text = await res.text() // logout answers 204 without a body
  return (text ? JSON.parse(text) : undefined) as T
}

export async function login(email: string, password: string): Promise<AccountInfo> {
  return (await request<{ account: AccountInfo }>('POST', '/auth/login', { email, password })).account
}

export async function logout(): Promise<void> {
  await request<unknown>('POST', '/auth/logout', {}).catch((err: unknown) => {
    if (!(err instanceof ApiError && err.status === 401)) throw err
  })
}

/** The signed-in account, or null when nobody is (GET /auth/session answers 200 either way, so nothing is logged). */
export async function me(): Promise<AccountInfo | null> {
  return (await request<{ account: AccountInfo | null }>('GET', '/auth/session')).account
}

export async function fetchBookings(areaId: string): Promise<Booking[]> {
  return (await request<{ bookings: Booking[] }>('GET', `/compensation-areas/${encodeURIComponent(areaId)}/bookings`)).bookings
}

export async function fetchHistory(areaId: string): Promise<HistoryEntry[]> {
  return (await request<{ history: HistoryEntry[] }>('GET', `/compensation-areas/${encodeURIComponent(areaId)}/history`)).history
}

export async function reservePoints(areaId: string, body: CreateBookingBody): Promise<{ booking: Booking; area: LedgerArea }> {
  return request('POST', `/compensation-areas/${encodeURIComponent(areaId)}/bookings`, body)
}

export async function changeStatus(areaId: string, body: StatusChangeBody): Promise<ApiFeature> {
  return request('POST', `/collections/compensation_areas/items/${encodeURIComponent(areaId)}/status`, body)
}

export async function createArea(body: CreateAreaBody): Promise<ApiFeature> {
  return request('POST', '/collections/compensation_areas/items', body)
}

/** The If-Match header for an area at a version (the server compares the version only). */
export const ifMatch = (areaId: string | number, version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"area-${areaId}-v${version}"` }

export type BookingAction = 'book' | 'release' | 'cancel'

/**
 * Books (fully or with fewer points), releases or cancels a ledger row. With the area's
 * version the server refuses with 412 when someone changed the area meanwhile.
 */
export async function changeBooking(
  areaId: string, bookingId: number, action: BookingAction, body: { points?: number; reason?: string }, version?: number,
): Promise<{ booking: Booking; area: LedgerArea }> {
  const path = `/compensation-areas/${encodeURIComponent(areaId)}/bookings/${bookingId}/${action}`
  return request('POST', path, body, ifMatch(areaId, version))
}

export interface AreaWithTag {
  properties: Record<string, unknown>
  /** The ETag the server sent: what a PATCH names in If-Match. */
  etag: string
}

/** The area as a signed-in user sees it (restricted fields included), with its ETag. */
export async function fetchArea(areaId: string): Promise<AreaWithTag> {
  const res = await fetch(`${API}/collections/compensation_areas/items/${encodeURIComponent(areaId)}`, {
    credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/geo+json' },
  })
  if (!res.ok) throw await problemOf(res)
  const feature = (await res.json()) as { properties: Record<string, unknown> }
  return { properties: feature.properties, etag: res.headers.get('ETag') ?? '' }
}

/** PATCH with If-Match: 412 when the area changed since `etag`. */
export async function patchArea(areaId: string, etag: string, body: PatchAreaBody): Promise<AreaWithTag> {
  const res = await fetch(`${API}/collections/compensation_areas/items/${encodeURIComponent(areaId)}`, {
    method: 'PATCH', credentials: 'same-origin', body: JSON.stringify(body),
    headers: { Accept: 'application/geo+json', 'Content-Type': 'application/json', 'If-Match': etag },
  })
  if (!res.ok) throw await problemOf(res)
  const feature = (await res.json()) as { properties: Record<string, unknown> }
  return { properties: feature.properties, etag: res.headers.get('ETag') ?? '' }
}

export interface Offer {
  id: number
  name: string
  municipality_ags: string
  municipality: string
  district: string
  measure_type: string
  eco_points_total: number
  eco_points_available: number
  area_ha: number
  distance_m: number
  same_municipality: boolean
  same_district: boolean
}

export interface OffersAnswer {
  intervention: { lon: number; lat: number; points: number; municipality_ags: string | null; municipality: string | null; district: string | null }
  offers: Offer[]
}

/** Available areas with at least `points` left, nearest to the intervention first. */
export async function fetchOffers(lon: number, lat: number, points: number, limit = 20): Promise<OffersAnswer> {
  const q = new URLSearchParams({ lon: lon.toFixed(6), lat: lat.toFixed(6), points: String(points), limit: String(limit) })
  return request('GET', `/compensation-areas/offers?${q}`)
}

export interface TokenInfo {
  id: number
  name: string
  /** The first characters, to recognise a token; the secret itself is shown only once. */
  prefix: string
  created_at: string
  last_used_at: string | null
  expires_at: string | null
}

export async function listTokens(): Promise<TokenInfo[]> {
  return (await request<{ tokens: TokenInfo[] }>('GET', '/auth/tokens')).tokens
}

/** A new personal API token; the answer is the only time the secret is visible. */
export async function createToken(name: string, expiresInDays?: number): Promise<TokenInfo & { token: string }> {
  return request('POST', '/auth/tokens', expiresInDays ? { name, expires_in_days: expiresInDays } : { name })
}

export async function revokeToken(id: number): Promise<void> {
  await request<unknown>('DELETE', `/auth/tokens/${id}`)
}
