import type { StateCreator } from 'zustand'
import type { AtlasState } from '../store/index.ts'
import type { PrintLayout } from './paper.ts'

/** Scales offered in the print dialog (as Masterportal's print does). */
export const PRINT_SCALES = [5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000] as const

/** The print dialog: open or not, and the last layout chosen (kept while the page lives). */
export interface PrintSlice {
  printDialogOpen: boolean
  printLayout: PrintLayout
  /** Print at 1 : printScale around the screen's centre; null: the screen's view, fitted. */
  printScale: number | null
  setPrintDialogOpen: (open: boolean) => void
  setPrintScale: (scale: number | null) => void
  setPrintLayout: (patch: Partial<PrintLayout>) => void
}

export const createPrintSlice: StateCreator<AtlasState, [], [], PrintSlice> = (set) => ({
  printDialogOpen: false,
  printLayout: { format: 'A4', orientation: 'landscape', dpi: 150 },
  printScale: null,
  setPrintDialogOpen: (printDialogOpen) => set({ printDialogOpen }),
  setPrintScale: (printScale) => set({ printScale }),
  setPrintLayout: (patch) => set((s) => ({ printLayout: { ...s.printLayout, ...patch } })),
})
