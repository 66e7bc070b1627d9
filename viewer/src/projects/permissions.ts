import { accountActor, mayCreate, mayEditProject as contractMayEditProject, type AccountInfo } from '@regiopol/geodata'

/*
 * The server's rule (`@regiopol/geodata` contract/permissions.ts, which tiles-api
 * enforces) so that the UI offers only what will be allowed; the server decides. Editors
 * change projects whose municipalities include their own, may add any partner
 * municipality of the region, but may not remove their own; admins (region office)
 * change everything; viewers read.
 */

export const mayEditProject = (account: AccountInfo | null, municipalities: readonly string[]): boolean =>
  contractMayEditProject(accountActor(account), municipalities)

export const mayCreateProject = (account: AccountInfo | null): boolean => mayCreate(accountActor(account))

/** The municipality an editor may not drop from a project (its own); none for admins. */
export function lockedMunicipality(account: AccountInfo | null): string | null {
  return account?.role === 'editor' ? account.municipality_ags : null
}
