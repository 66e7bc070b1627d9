import type { AccountInfo, Booking, CreateAreaBody, CreateBookingBody, HistoryEntry, StatusChangeBody } from '@regiopol/geodata'
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

async function problemOf(res: Response): Promise<ApiError> {
  let detail = `${res.status} ${res.statusText}`
  try {
    const problem = (await res.json()) as { detail?: string; title?: string }
    detail = problem.detail ?? problem.title ?? detail
  } catch {
    // Not problem details: keep the status line.
  }
  return new ApiError(res.status, detail)
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json, application/geo+json' } }
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

/** The signed-in account, or null when nobody is (401). */
export async function me(): Promise<AccountInfo | null> {
  try {
    return (await request<{ account: AccountInfo }>('GET', '/auth/me')).account
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null
    throw err
  }
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
