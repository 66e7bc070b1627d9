import { accountActor, bookingActions as contractBookingActions, mayCreate, mayEditArea, mayReserveFor, type AccountInfo, type Booking } from '@regiopol/geodata'

/*
 * What the UI offers to whom: the server's own rules (`@regiopol/geodata`
 * contract/permissions.ts, which tiles-api enforces), asked with the signed-in account.
 * The server decides; these only keep the UI from offering what it would refuse.
 */

/** Status changes and other edits of an area: its municipality's editor, or an admin. */
export const canEditArea = (account: AccountInfo | null, areaAgs: unknown): boolean => mayEditArea(accountActor(account), String(areaAgs))

/** Reserving points for an intervention of one's own municipality: any editor, or an admin. */
export const canReserve = (account: AccountInfo | null): boolean =>
  account?.role === 'admin' || (!!account?.municipality_ags && mayReserveFor(accountActor(account), account.municipality_ags))

/** Registering a new area: editors (for their municipality) and admins. */
export const canRegister = (account: AccountInfo | null): boolean => mayCreate(accountActor(account))

export interface AreaForLedger {
  municipality_ags: unknown
  status: string
  available: number
}

/** The ledger actions the server would accept on a row (see the contract's bookingActions). */
export function bookingActions(account: AccountInfo | null, area: AreaForLedger, b: Pick<Booking, 'kind' | 'status' | 'points' | 'expired'>) {
  return contractBookingActions(accountActor(account), { ...area, municipality_ags: String(area.municipality_ags) }, b)
}
