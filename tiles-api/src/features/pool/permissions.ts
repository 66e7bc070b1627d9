import { mayEditArea, mayReserveFor } from '@regiopol/geodata'
import { actorOf, type Principal } from '../../auth/principal.ts'
import { Forbidden } from '../../errors.ts'
import { requireWriter } from '../../middleware/auth.ts'

/*
 * Who may do what in the pool: the rules are the contract's (`@regiopol/geodata`
 * contract/permissions.ts, which the viewer asks too); here they become 401/403 with a
 * German detail. As documented in tiles-api/README.md:
 * - admin (region office): everything, in every municipality.
 * - editor: creates and changes areas of its own municipality; books, releases and
 *   cancels against them; and may RESERVE points of any municipality's available area
 *   for an intervention of its OWN municipality (the pool is regional).
 * - viewer and anonymous callers never write (403 / 401).
 */

/** Create or change areas of this municipality; book, release and cancel against its areas. */
export function assertOwner(principal: Principal | null, areaAgs: string, action: string): Principal {
  const p = requireWriter(principal)
  if (!mayEditArea(actorOf(p), areaAgs)) {
    throw new Forbidden(`${action}: Flächen der Kommune ${areaAgs} bearbeitet nur diese Kommune oder das Regionsbüro (Ihr Konto gehört zu ${p.municipalityAgs}).`)
  }
  return p
}

/** Reserve points for an intervention: only for the caller's own municipality (admin: any). */
export function assertMayReserveFor(principal: Principal | null, interventionAgs: string): Principal {
  const p = requireWriter(principal)
  if (!mayReserveFor(actorOf(p), interventionAgs)) {
    throw new Forbidden(`Reservieren dürfen Sie nur für Eingriffe Ihrer eigenen Kommune (${p.municipalityAgs}), nicht für ${interventionAgs}.`)
  }
  return p
}
