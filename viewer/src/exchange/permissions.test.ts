import type { AccountInfo } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { mayCreatePost, mayEditPost, maySeeExpired } from './permissions.ts'

const account = (role: AccountInfo['role'], ags: string | null): AccountInfo =>
  ({ id: 1, email: 'x@example.org', display_name: 'X', role, municipality_ags: ags }) as AccountInfo

describe('exchange permissions in the viewer', () => {
  it('lets an editor change only posts of the own municipality and the admin all', () => {
    expect(mayEditPost(account('editor', '05774012'), '05774012')).toBe(true)
    expect(mayEditPost(account('editor', '05774012'), '05774032')).toBe(false)
    expect(mayEditPost(account('admin', null), '05774032')).toBe(true)
    expect(mayEditPost(account('viewer', '05774012'), '05774012')).toBe(false)
    expect(mayEditPost(null, '05774012')).toBe(false)
  })

  it('offers posting to editors and admins, expired posts to every signed-in account', () => {
    expect(mayCreatePost(account('editor', '05774012'))).toBe(true)
    expect(mayCreatePost(account('viewer', '05774012'))).toBe(false)
    expect(mayCreatePost(null)).toBe(false)
    expect(maySeeExpired(account('viewer', '05774020'))).toBe(true)
    expect(maySeeExpired(null)).toBe(false)
  })
})
