import { CONTACT_FIELDS, mayEditProject, versionTag } from '@regiopol/geodata'
import { actorOf, type Principal } from '../../auth/principal.ts'
import { Forbidden } from '../../errors.ts'
import { requireWriter } from '../../middleware/auth.ts'
import type { ProjectRow } from './queries.ts'

/*
 * Who may see and change a project (tiles-api/README.md, "Projects"):
 * - everyone reads; contact details only where the contact gave consent (GDPR), except
 *   for those who may edit the project (they entered them and must be able to correct them);
 * - editors change projects whose municipalities include their own; admins all;
 * - viewers and anonymous callers never write (403 / 401).
 */

/** The contract's rule (`@regiopol/geodata` mayEditProject, which the viewer asks too). */
export const mayEdit = (p: Principal | null, municipalities: readonly string[]): boolean => mayEditProject(actorOf(p), municipalities)

export function assertMayEdit(who: Principal | null, municipalities: readonly string[], action: string): Principal {
  const p = requireWriter(who)
  if (!mayEdit(p, municipalities)) {
    throw new Forbidden(`${action}: Projekte bearbeiten nur die beteiligten Kommunen (${municipalities.join(', ')}) und das Regionsbüro; Ihr Konto gehört zu ${p.municipalityAgs ?? 'keiner Kommune'}.`)
  }
  return p
}

/** Whether this caller gets the contact fields of this project. */
export const showsContact = (p: Principal | null, row: Pick<ProjectRow, 'contact_consent' | 'municipality_ags'>) =>
  row.contact_consent || mayEdit(p, row.municipality_ags)

/** The project as a GeoJSON Feature for this caller: contact fields removed unless allowed. */
export function projectFeature(row: ProjectRow, p: Principal | null) {
  const { geometry, ...properties } = row
  if (!showsContact(p, row)) for (const key of CONTACT_FIELDS) delete (properties as Partial<ProjectRow>)[key]
  return { type: 'Feature' as const, id: row.id, geometry, properties }
}

/** Strong ETag of a project version; `-full` when the representation carries withheld contact fields. */
export const projectEtag = (id: number, version: number, full = false) => versionTag('project', id, version, full)
