import type { StateCreator } from 'zustand'
import type { AtlasState } from '../store/index.ts'

/** The pool's register panel and its drawing; both close when the account signs out. */
export interface RegisterSlice {
  registerOpen: boolean
  /** True while a polygon is being drawn: map clicks then belong to the drawing. */
  poolDrawing: boolean
  setRegisterOpen: (open: boolean) => void
  setPoolDrawing: (drawing: boolean) => void
}

export const createRegisterSlice: StateCreator<AtlasState, [], [], RegisterSlice> = (set, _get, store) => {
  store.subscribe((s, before) => {
    if (s.account === null && before.account !== null) set({ registerOpen: false, poolDrawing: false })
  })
  return {
    registerOpen: false,
    poolDrawing: false,
    setRegisterOpen: (registerOpen) => set(registerOpen ? { registerOpen } : { registerOpen, poolDrawing: false }),
    setPoolDrawing: (poolDrawing) => set({ poolDrawing }),
  }
}
