import { CONTACT_FIELDS, mayEditPost as contractMayEditPost, versionTag } from '@regiopol/geodata'
import { actorOf, type Principal } from '../../auth/principal.ts'
import { Forbidden } from '../../errors.ts'
import { requireWriter } from '../../middleware/auth.ts'
import type { ExchangeRow } from './queries.ts'

/*
 * Who may see and change an exchange post (tiles-api/README.md, "Exchange board"):
 * - everyone reads current posts; contact details only where the contact agreed, except
 *   for those who may edit the post (they entered them and must be able to correct them);
 * - expired and closed posts: signed-in accounts only (anonymous callers get 410);
 * - editors post for and change the posts of their own municipality; admins all;
 * - viewers and anonymous callers never write (403 / 401).
 */

/** The contract's rule (`@regiopol/geodata` mayEditPost, which the viewer asks too). */
export const mayEditPost = (p: Principal | null, ags: string): boolean => contractMayEditPost(actorOf(p), ags)

export function assertMayEditPost(who: Principal | null, ags: string, action: string): Principal {
  const p = requireWriter(who)
  if (!mayEditPost(p, ags)) {
    throw new Forbidden(`${action}: Beiträge der Börse bearbeiten nur die eigene Kommune (${ags}) und das Regionsbüro; Ihr Konto gehört zu ${p.municipalityAgs ?? 'keiner Kommune'}.`)
  }
  return p
}

export const showsPostContact = (p: Principal | null, row: Pick<ExchangeRow, 'contact_consent' | 'municipality_ags'>) =>
  row.contact_consent || mayEditPost(p, row.municipality_ags)

/** The post as a GeoJSON Feature for this caller: contact fields removed unless allowed. */
export function postFeature(row: ExchangeRow, p: Principal | null) {
  const { geometry, ...properties } = row
  if (!showsPostContact(p, row)) for (const key of CONTACT_FIELDS) (properties as Record<string, unknown>)[key] = null
  return { type: 'Feature' as const, id: row.id, geometry, properties }
}

/** Strong ETag of a post version; `-full` when the representation carries withheld contact fields. */
export const postEtag = (id: number, version: number, full = false) => versionTag('exchange', id, version, full)
