import type { Principal } from '../auth/principal.ts'
import { Forbidden } from '../errors.ts'
import { requireWriter } from '../middleware/auth.ts'

/*
 * Who may do what in the pool. The rules, as documented in tiles-api/README.md:
 * - admin (region office): everything, in every municipality.
 * - editor: creates and changes areas of its own municipality; books, releases and
 *   cancels against them; and may RESERVE points of any municipality's available area
 *   for an intervention of its OWN municipality (the pool is regional).
 * - viewer and anonymous callers never write (403 / 401).
 */

const own = (p: Principal, ags: string) => p.role === 'admin' || p.municipalityAgs === ags

/** Create or change areas of this municipality; book, release and cancel against its areas. */
export function assertOwner(principal: Principal | null, areaAgs: string, action: string): Principal {
  const p = requireWriter(principal)
  if (!own(p, areaAgs)) {
    throw new Forbidden(`${action}: Flächen der Kommune ${areaAgs} bearbeitet nur diese Kommune oder das Regionsbüro (Ihr Konto gehört zu ${p.municipalityAgs}).`)
  }
  return p
}

/** Reserve points for an intervention: only for the caller's own municipality (admin: any). */
export function assertMayReserveFor(principal: Principal | null, interventionAgs: string): Principal {
  const p = requireWriter(principal)
  if (!own(p, interventionAgs)) {
    throw new Forbidden(`Reservieren dürfen Sie nur für Eingriffe Ihrer eigenen Kommune (${p.municipalityAgs}), nicht für ${interventionAgs}.`)
  }
  return p
}
