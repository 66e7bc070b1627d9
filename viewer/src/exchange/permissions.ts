import type { AccountInfo } from '@regiopol/geodata'

/*
 * A mirror of the server's rule (tiles-api/src/exchange/access.ts) so that the UI offers
 * only what will be allowed; the server decides. Editors post for and change the posts of
 * their own municipality, admins (region office) all; viewers read (also expired posts).
 */

export function mayEditPost(account: AccountInfo | null, ags: string): boolean {
  if (!account || account.role === 'viewer') return false
  return account.role === 'admin' || account.municipality_ags === ags
}

export function mayCreatePost(account: AccountInfo | null): boolean {
  return account?.role === 'admin' || (account?.role === 'editor' && !!account.municipality_ags)
}

/** Expired and closed posts are shown to every signed-in account. */
export const maySeeExpired = (account: AccountInfo | null) => !!account
