import type { StateCreator } from 'zustand'
import type { AtlasState } from '../store/index.ts'
import type { PrintLayout } from './paper.ts'

/** The print dialog: open or not, and the last layout chosen (kept while the page lives). */
export interface PrintSlice {
  printDialogOpen: boolean
  printLayout: PrintLayout
  setPrintDialogOpen: (open: boolean) => void
  setPrintLayout: (patch: Partial<PrintLayout>) => void
}

export const createPrintSlice: StateCreator<AtlasState, [], [], PrintSlice> = (set) => ({
  printDialogOpen: false,
  printLayout: { format: 'A4', orientation: 'landscape', dpi: 150 },
  setPrintDialogOpen: (printDialogOpen) => set({ printDialogOpen }),
  setPrintLayout: (patch) => set((s) => ({ printLayout: { ...s.printLayout, ...patch } })),
})
