import { describe, expect, it } from 'vitest'
import { useAtlas } from '../store/index.ts'

const account = { id: 1, email: 'planung@example.org', display_name: 'Planung', role: 'editor' as const, municipality_ags: '05774032' }

describe('the register panel state', () => {
  it('closes the register panel and stops drawing when the account signs out', () => {
    useAtlas.getState().setAccount(account)
    useAtlas.getState().setRegisterOpen(true)
    useAtlas.getState().setPoolDrawing(true)
    useAtlas.getState().setAccount(null)
    expect(useAtlas.getState()).toMatchObject({ account: null, sessionChecked: true, registerOpen: false, poolDrawing: false })
  })

  it('keeps the register panel open while the same account stays signed in', () => {
    useAtlas.getState().setAccount(account)
    useAtlas.getState().setRegisterOpen(true)
    useAtlas.getState().setAccount({ ...account, display_name: 'Planung Paderborn' })
    expect(useAtlas.getState().registerOpen).toBe(true)
  })
})
