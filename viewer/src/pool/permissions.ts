import type { AccountInfo, Booking } from '@regiopol/geodata'

/*
 * What the UI offers to whom. Only a mirror of the server's rules (tiles-api
 * README, "Accounts and the compensation-pool write API"; tiles-api/src/pool/permissions.ts
 * and ledger.ts): the server decides.
 */

/** Status changes and other edits of an area: its municipality's editor, or an admin. */
export function canEditArea(account: AccountInfo | null, areaAgs: unknown): boolean {
  if (!account) return false
  if (account.role === 'admin') return true
  return account.role === 'editor' && account.municipality_ags !== null && account.municipality_ags === String(areaAgs)
}

/** Reserving points for an intervention of one's own municipality: any editor, or an admin. */
export function canReserve(account: AccountInfo | null): boolean {
  return account?.role === 'admin' || (account?.role === 'editor' && account.municipality_ags !== null)
}

/** Registering a new area: editors (for their municipality) and admins. */
export function canRegister(account: AccountInfo | null): boolean {
  return canReserve(account)
}

export interface AreaForLedger {
  municipality_ags: unknown
  status: string
  available: number
}

/**
 * The ledger actions the server would accept on a row: only the area's owner (or an
 * admin) books, releases and cancels; only active rows; release and book only
 * reservations; an expired reservation (it holds no points any more) is booked only
 * while the area is available and its balance covers it.
 */
export function bookingActions(account: AccountInfo | null, area: AreaForLedger, b: Pick<Booking, 'kind' | 'status' | 'points' | 'expired'>) {
  const none = { book: false, release: false, cancel: false }
  if (!canEditArea(account, area.municipality_ags) || b.status !== 'aktiv') return none
  if (b.kind === 'abbuchung') return { ...none, cancel: true }
  const bookable = !b.expired || (!['geplant', 'stillgelegt'].includes(area.status) && b.points <= area.available)
  return { book: bookable, release: true, cancel: true }
}
