import type { AccountInfo } from '@regiopol/geodata'
import type { StateCreator } from 'zustand'
import type { AtlasState } from '../store/index.ts'

/** Who is signed in (from GET /api/auth/me or the login answer) and the pool's open dialogs. */
export interface SessionSlice {
  account: AccountInfo | null
  /** True once /api/auth/me answered (signed in or not). */
  sessionChecked: boolean
  loginOpen: boolean
  registerOpen: boolean
  /** True while a polygon is being drawn: map clicks then belong to the drawing. */
  poolDrawing: boolean
  setAccount: (account: AccountInfo | null) => void
  setLoginOpen: (open: boolean) => void
  setRegisterOpen: (open: boolean) => void
  setPoolDrawing: (drawing: boolean) => void
}

export const createSessionSlice: StateCreator<AtlasState, [], [], SessionSlice> = (set) => ({
  account: null,
  sessionChecked: false,
  loginOpen: false,
  registerOpen: false,
  poolDrawing: false,
  setAccount: (account) => set(account ? { account, sessionChecked: true } : { account: null, sessionChecked: true, registerOpen: false, poolDrawing: false }),
  setLoginOpen: (loginOpen) => set({ loginOpen }),
  setRegisterOpen: (registerOpen) => set(registerOpen ? { registerOpen } : { registerOpen, poolDrawing: false }),
  setPoolDrawing: (poolDrawing) => set({ poolDrawing }),
})
