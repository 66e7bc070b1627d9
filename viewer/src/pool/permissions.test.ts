import type { AccountInfo } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { bookingActions, canEditArea, canRegister, canReserve } from './permissions.ts'

const account = (role: AccountInfo['role'], ags: string | null): AccountInfo => ({ id: 1, email: 'x@example', display_name: 'X', role, municipality_ags: ags })
const BORCHEN = '05774012'
const PADERBORN = '05774032'

describe('pool permissions in the UI', () => {
  it('offers edits only to the owning municipality’s editor and admins', () => {
    expect(canEditArea(account('editor', BORCHEN), BORCHEN)).toBe(true)
    expect(canEditArea(account('editor', PADERBORN), BORCHEN)).toBe(false)
    expect(canEditArea(account('admin', null), BORCHEN)).toBe(true)
    expect(canEditArea(account('viewer', BORCHEN), BORCHEN)).toBe(false)
    expect(canEditArea(null, BORCHEN)).toBe(false)
  })

  it('offers reservations and registration to editors and admins only', () => {
    expect(canReserve(account('editor', PADERBORN))).toBe(true)
    expect(canReserve(account('viewer', null))).toBe(false)
    expect(canReserve(null)).toBe(false)
    expect(canRegister(account('admin', null))).toBe(true)
  })
})

describe('ledger actions in the UI', () => {
  const area = { municipality_ags: BORCHEN, status: 'verfuegbar', available: 100 }
  const reservation = { kind: 'reservierung' as const, status: 'aktiv' as const, points: 150, expired: false }

  it('offers book, release and cancel of a reservation to the area’s owner only', () => {
    expect(bookingActions(account('editor', BORCHEN), area, reservation)).toEqual({ book: true, release: true, cancel: true })
    expect(bookingActions(account('admin', null), area, reservation)).toEqual({ book: true, release: true, cancel: true })
    // The reserving municipality does not own the area: no buttons (the server says 403).
    expect(bookingActions(account('editor', PADERBORN), area, reservation)).toEqual({ book: false, release: false, cancel: false })
    expect(bookingActions(account('viewer', BORCHEN), area, reservation)).toEqual({ book: false, release: false, cancel: false })
  })

  it('offers only cancel on a booking and nothing on closed rows', () => {
    const owner = account('editor', BORCHEN)
    expect(bookingActions(owner, area, { ...reservation, kind: 'abbuchung' })).toEqual({ book: false, release: false, cancel: true })
    expect(bookingActions(owner, area, { ...reservation, status: 'freigegeben' })).toEqual({ book: false, release: false, cancel: false })
  })

  it('offers booking an expired reservation only while the balance covers it', () => {
    const owner = account('editor', BORCHEN)
    expect(bookingActions(owner, area, { ...reservation, expired: true }).book).toBe(false) // 150 > 100
    expect(bookingActions(owner, { ...area, available: 150 }, { ...reservation, expired: true }).book).toBe(true)
    expect(bookingActions(owner, { ...area, available: 150, status: 'stillgelegt' }, { ...reservation, expired: true }).book).toBe(false)
  })
})
