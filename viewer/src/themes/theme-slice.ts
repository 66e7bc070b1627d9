import { findTheme } from '@regiopol/geodata'
import type { StateCreator } from 'zustand'
import { defaultVisible } from '../store/layers-slice.ts'
import type { AtlasState } from '../store/index.ts'

/** Which theme map is open, presentation mode, and the request to fit the theme's extent. */
export interface ThemeSlice {
  /** Slug of the open theme map (geodata themes.ts), or null. */
  theme: string | null
  /** Large type, no editing tools, simple legend (council meetings, tablets). */
  presentation: boolean
  /** Bumped when a theme opens; the map fits the theme's extent (themes/useThemeFit.ts). */
  themeFitRequest: number
  setPresentation: (on: boolean) => void
  /** Back to the normal atlas: default layers, no filters, analysis closed. */
  leaveTheme: () => void
}

export const createThemeSlice: StateCreator<AtlasState, [], [], ThemeSlice> = (set) => ({
  theme: null,
  presentation: false,
  themeFitRequest: 0,
  setPresentation: (presentation) => set(presentation ? { presentation, measureMode: null, measurePoints: [], addMode: false } : { presentation }),
  leaveTheme: () => set({ theme: null, visible: defaultVisible(), filters: {}, analysisOpen: false, siteTableOpen: false, addMode: false }),
})

/** The open theme's definition (undefined when none or an unknown slug). */
export function openTheme(s: Pick<AtlasState, 'theme'>) {
  return s.theme ? findTheme(s.theme) : undefined
}
