import type { AccountInfo, Role } from '../schemas/auth.ts'

/*
 * Who may write what: the pure rules both the server (which enforces them) and the
 * viewer (which offers only what will be allowed) ask. Roles: admin (region office)
 * everything in every municipality; editor the records of its own municipality; viewer
 * and anonymous callers never write.
 */

/** The caller as the rules see it: the server's principal and the viewer's account both map to this. */
export interface Actor {
  role: Role
  /** AGS of the account's municipality; none for the region office. */
  municipality: string | null
}

/** The signed-in account (as `GET /api/auth/me` answers it) as the rules see it. */
export const accountActor = (account: AccountInfo | null): Actor | null =>
  account ? { role: account.role, municipality: account.municipality_ags } : null

/** May write at all (editor or admin). */
export const isWriter = (a: Actor | null): a is Actor => !!a && a.role !== 'viewer'

/** Acts for this municipality: its editor, or an admin. */
export const actsFor = (a: Actor | null, ags: string): boolean =>
  isWriter(a) && (a.role === 'admin' || (a.municipality !== null && a.municipality === ags))

/** Acts for one of these municipalities (a project's). */
export const actsForAny = (a: Actor | null, municipalities: readonly string[]): boolean =>
  isWriter(a) && (a.role === 'admin' || (a.municipality !== null && municipalities.includes(a.municipality)))

/** Creates records for its own municipality (editor with a municipality, admin). */
export const mayCreate = (a: Actor | null): boolean => isWriter(a) && (a.role === 'admin' || a.municipality !== null)

/**
 * Pool: create or change an area, and book, release and cancel against it: the area's
 * municipality (or an admin). Reserving points of any available area is allowed for an
 * intervention of the caller's own municipality (the pool is regional).
 */
export const mayEditArea = (a: Actor | null, areaAgs: string): boolean => actsFor(a, areaAgs)
export const mayReserveFor = (a: Actor | null, interventionAgs: string): boolean => actsFor(a, interventionAgs)

/** Statuses from which an area gives no eco points (nothing is reserved or booked there). */
export const CLOSED_AREA_STATUSES: readonly string[] = ['geplant', 'stillgelegt']

export interface LedgerArea {
  municipality_ags: string
  status: string
  /** Eco points still available. */
  available: number
}

export interface LedgerRow {
  kind: string
  status: string
  points: number
  expired?: boolean | undefined
}

/**
 * The ledger actions the server accepts on a row: only the area's owner (or an admin)
 * books, releases and cancels; only active rows; release and book only reservations; an
 * expired reservation (it holds no points any more) is booked only while the area is
 * available and its balance covers it.
 */
export function bookingActions(a: Actor | null, area: LedgerArea, b: LedgerRow) {
  const none = { book: false, release: false, cancel: false }
  if (!mayEditArea(a, area.municipality_ags) || b.status !== 'aktiv') return none
  if (b.kind === 'abbuchung') return { ...none, cancel: true }
  const bookable = !b.expired || (!CLOSED_AREA_STATUSES.includes(area.status) && b.points <= area.available)
  return { book: bookable, release: true, cancel: true }
}

/** Projects: editors of one of the project's municipalities, admins. */
export const mayEditProject = (a: Actor | null, municipalities: readonly string[]): boolean => actsForAny(a, municipalities)

/** Exchange posts: the post's municipality, admins. */
export const mayEditPost = (a: Actor | null, ags: string): boolean => actsFor(a, ags)
