import type { AccountInfo } from '@regiopol/geodata'
import type { StateCreator } from 'zustand'
import type { AtlasState } from '../store/index.ts'

/** Who is signed in (from GET /api/auth/me or the login answer) and the login dialog. */
export interface SessionSlice {
  account: AccountInfo | null
  /** True once /api/auth/me answered (signed in or not). */
  sessionChecked: boolean
  loginOpen: boolean
  setAccount: (account: AccountInfo | null) => void
  setLoginOpen: (open: boolean) => void
}

export const createSessionSlice: StateCreator<AtlasState, [], [], SessionSlice> = (set) => ({
  account: null,
  sessionChecked: false,
  loginOpen: false,
  setAccount: (account) => set(account ? { account, sessionChecked: true } : { account: null, sessionChecked: true }),
  setLoginOpen: (loginOpen) => set({ loginOpen }),
})
