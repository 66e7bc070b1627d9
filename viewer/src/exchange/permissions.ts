import { accountActor, mayCreate, mayEditPost as contractMayEditPost, type AccountInfo } from '@regiopol/geodata'

/*
 * The server's rule (`@regiopol/geodata` contract/permissions.ts, which tiles-api
 * enforces) so that the UI offers only what will be allowed; the server decides. Editors
 * post for and change the posts of their own municipality, admins (region office) all;
 * viewers read (also expired posts).
 */

export const mayEditPost = (account: AccountInfo | null, ags: string): boolean => contractMayEditPost(accountActor(account), ags)

export const mayCreatePost = (account: AccountInfo | null): boolean => mayCreate(accountActor(account))

/** Expired and closed posts are shown to every signed-in account. */
export const maySeeExpired = (account: AccountInfo | null) => !!account
