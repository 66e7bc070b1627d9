import type { AccountInfo } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { canEditArea, canRegister, canReserve } from './permissions.ts'

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
