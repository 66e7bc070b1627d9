import type { AccountInfo } from '@regiopol/geodata'

/*
 * What the UI offers to whom. Only a mirror of the server's rules (tiles-api
 * README, "Accounts and the compensation-pool write API"): the server decides.
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
