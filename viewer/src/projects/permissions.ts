import type { AccountInfo } from '@regiopol/geodata'

/*
 * A mirror of the server's rule (tiles-api/src/projects/access.ts) so that the UI offers
 * only what will be allowed; the server decides. Editors change projects whose
 * municipalities include their own, may add any partner municipality of the region, but
 * may not remove their own; admins (region office) change everything; viewers read.
 */

export function mayEditProject(account: AccountInfo | null, municipalities: readonly string[]): boolean {
  if (!account || account.role === 'viewer') return false
  if (account.role === 'admin') return true
  return !!account.municipality_ags && municipalities.includes(account.municipality_ags)
}

export function mayCreateProject(account: AccountInfo | null): boolean {
  return account?.role === 'admin' || (account?.role === 'editor' && !!account.municipality_ags)
}

/** The municipality an editor may not drop from a project (its own); none for admins. */
export function lockedMunicipality(account: AccountInfo | null): string | null {
  return account?.role === 'editor' ? account.municipality_ags : null
}
