import type { AccountInfo } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { lockedMunicipality, mayCreateProject, mayEditProject } from './permissions.ts'

const account = (role: AccountInfo['role'], municipality_ags: string | null): AccountInfo =>
  ({ id: 1, email: 'x@example.org', display_name: 'X', role, municipality_ags }) as AccountInfo

describe('what the project pages offer to whom', () => {
  it('lets an editor edit projects that include the own municipality, also inter-municipal ones', () => {
    const borchen = account('editor', '05774012')
    expect(mayEditProject(borchen, ['05774012'])).toBe(true)
    expect(mayEditProject(borchen, ['05774032', '05774012'])).toBe(true)
    expect(mayEditProject(borchen, ['05774032'])).toBe(false)
  })

  it('lets admins edit everything and viewers and anonymous visitors nothing', () => {
    expect(mayEditProject(account('admin', null), ['05774032'])).toBe(true)
    expect(mayEditProject(account('viewer', '05774020'), ['05774020'])).toBe(false)
    expect(mayEditProject(null, ['05774020'])).toBe(false)
    expect(mayCreateProject(account('viewer', '05774020'))).toBe(false)
    expect(mayCreateProject(account('editor', '05774012'))).toBe(true)
  })

  it('locks the editor’s own municipality in the form, nothing for admins', () => {
    expect(lockedMunicipality(account('editor', '05774012'))).toBe('05774012')
    expect(lockedMunicipality(account('admin', null))).toBeNull()
  })
})
