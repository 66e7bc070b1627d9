import { ROLES, STATUS_TRANSITIONS, type AccountInfo, type Role } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { bookingActions, canEditArea, canRegister, canReserve } from '../../../viewer/src/pool/permissions.ts'
import { mayCreatePost, mayEditPost } from '../../../viewer/src/exchange/permissions.ts'
import { mayCreateProject, mayEditProject } from '../../../viewer/src/projects/permissions.ts'
import type { Principal } from '../../src/auth/principal.ts'
import { assertMayEditPost } from '../../src/features/exchange/access.ts'
import { BOOKING_ACTIONS, checkBookingAction, type LedgerBooking } from '../../src/features/pool/ledger.ts'
import { assertMayReserveFor, assertOwner } from '../../src/features/pool/permissions.ts'
import { assertMayEdit } from '../../src/features/projects/access.ts'

/*
 * The viewer offers exactly what the server accepts: every role × area status ×
 * own/other municipality (and every kind of ledger row), the viewer's answer (its
 * permission functions) against the server's (its assert functions and the ledger's
 * checks: accepted = no throw).
 */

const STATUSES = Object.keys(STATUS_TRANSITIONS)
const OWN = '05774012'
const OTHER = '05774032'

const accepts = (f: () => unknown) => {
  try {
    f()
    return true
  } catch {
    return false
  }
}

type Caller = { name: string; account: AccountInfo | null; principal: Principal | null }
const callers: Caller[] = [
  { name: 'anonymous', account: null, principal: null },
  ...ROLES.flatMap((role: Role) => [OWN, null].map((ags): Caller => ({
    name: `${role} of ${ags ?? 'no municipality'}`,
    account: { id: 1, email: 'x@regiopol.example', display_name: 'X', role, municipality_ags: ags },
    principal: { accountId: 1, email: 'x@regiopol.example', displayName: 'X', role, municipalityAgs: ags, via: 'session' },
  }))),
]

const rows: LedgerBooking[] = [
  { id: 1, kind: 'reservierung', status: 'aktiv', points: 100, expired: false, valid_until: null },
  { id: 2, kind: 'reservierung', status: 'aktiv', points: 100, expired: true, valid_until: '2026-01-31' },
  { id: 3, kind: 'reservierung', status: 'aktiv', points: 900, expired: true, valid_until: '2026-01-31' },
  { id: 4, kind: 'abbuchung', status: 'aktiv', points: 100, expired: false, valid_until: null },
  { id: 5, kind: 'reservierung', status: 'freigegeben', points: 100, expired: false, valid_until: null },
  { id: 6, kind: 'abbuchung', status: 'storniert', points: 100, expired: false, valid_until: null },
]

describe('the viewer offers exactly what the server accepts', () => {
  it('enumerates 7 callers × 5 statuses × 2 municipalities × 6 ledger rows', () => {
    expect(callers.length * STATUSES.length * 2 * rows.length).toBe(420)
  })

  for (const caller of callers) {
    it(`agrees for ${caller.name} on registering, reserving, projects and posts`, () => {
      // Registering and reserving happen for the caller's own municipality (an admin's: any).
      const own = caller.principal?.municipalityAgs ?? OWN
      expect(canRegister(caller.account)).toBe(accepts(() => assertOwner(caller.principal, own, 'x')))
      expect(canReserve(caller.account)).toBe(accepts(() => assertMayReserveFor(caller.principal, own)))
      expect(mayCreateProject(caller.account)).toBe(canRegister(caller.account))
      expect(mayCreatePost(caller.account)).toBe(canRegister(caller.account))
      for (const municipalities of [[OWN], [OTHER], [OTHER, OWN]]) {
        expect(mayEditProject(caller.account, municipalities), `project of ${municipalities}`).toBe(accepts(() => assertMayEdit(caller.principal, municipalities, 'x')))
      }
      for (const ags of [OWN, OTHER]) {
        expect(mayEditPost(caller.account, ags), `post of ${ags}`).toBe(accepts(() => assertMayEditPost(caller.principal, ags, 'x')))
      }
    })

    for (const status of STATUSES) {
      for (const ags of [OWN, OTHER]) {
        it(`agrees for ${caller.name} on an area of ${ags === OWN ? 'its own' : 'another'} municipality, status ${status}`, () => {
          const owner = accepts(() => assertOwner(caller.principal, ags, 'x'))
          expect(canEditArea(caller.account, ags)).toBe(owner)
          const area = { name: 'Fläche', status, eco_points_total: 1000, committed: 500 }
          for (const row of rows) {
            const viewer = bookingActions(caller.account, { municipality_ags: ags, status, available: 500 }, row)
            for (const action of BOOKING_ACTIONS) {
              expect(viewer[action], `${action} on row ${row.id}`).toBe(owner && accepts(() => checkBookingAction(action, row, area)))
            }
          }
        })
      }
    }
  }
})
