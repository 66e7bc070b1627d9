import type { LayerId } from '@regiopol/geodata'
import type { StateCreator } from 'zustand'
import type { Language, MessageKey } from '../i18n/index.ts'
import type { BasemapId } from '../map/basemaps.ts'
import type { AtlasState } from './index.ts'

export interface Camera {
  lng: number
  lat: number
  zoom: number
  bearing: number
  pitch: number
}

export interface Notice {
  key: MessageKey
  params?: Record<string, string | number>
}

export type SideTab = 'layers' | 'filters'
export type MeasureMode = 'distance' | 'area'

export interface UiSlice {
  language: Language
  basemap: BasemapId
  /** Camera copied from the map on moveend, for the URL; null until the map moved. */
  camera: Camera | null
  sideTab: SideTab
  sideOpen: boolean
  /** A place or typed coordinate to fly to (search); seq changes with every request. */
  pointRequest: { lngLat: [number, number]; seq: number } | null
  /** The analysis runs and draws, but its panel is folded away (a theme opened on a tablet). */
  analysisCollapsed: boolean
  filterLayer: LayerId
  tableLayer: LayerId | null
  notice: Notice | null
  measureMode: MeasureMode | null
  /** Clicked points [lng, lat] of the current measurement (a handful, fine in the store). */
  measurePoints: [number, number][]
  setLanguage: (language: Language) => void
  setBasemap: (basemap: BasemapId) => void
  setCamera: (camera: Camera) => void
  setSideTab: (tab: SideTab) => void
  setSideOpen: (open: boolean) => void
  setAnalysisCollapsed: (collapsed: boolean) => void
  flyToPoint: (lngLat: [number, number]) => void
  setFilterLayer: (layer: LayerId) => void
  setTableLayer: (layer: LayerId | null) => void
  showNotice: (notice: Notice | null) => void
  setMeasureMode: (mode: MeasureMode | null) => void
  addMeasurePoint: (point: [number, number]) => void
  clearMeasure: () => void
}

export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  language: 'de',
  basemap: 'offline',
  camera: null,
  sideTab: 'layers',
  sideOpen: true,
  analysisCollapsed: false,
  pointRequest: null,
  filterLayer: 'development_land',
  tableLayer: null,
  notice: null,
  measureMode: null,
  measurePoints: [],
  setLanguage: (language) => set({ language }),
  setBasemap: (basemap) => set({ basemap }),
  setCamera: (camera) => set({ camera }),
  setSideTab: (sideTab) => set({ sideTab, sideOpen: true }),
  setSideOpen: (sideOpen) => set({ sideOpen }),
  setAnalysisCollapsed: (analysisCollapsed) => set({ analysisCollapsed }),
  flyToPoint: (lngLat) => set((s) => ({ pointRequest: { lngLat, seq: (s.pointRequest?.seq ?? 0) + 1 } })),
  setFilterLayer: (filterLayer) => set({ filterLayer }),
  setTableLayer: (tableLayer) => set({ tableLayer }),
  showNotice: (notice) => set({ notice }),
  setMeasureMode: (measureMode) => set({ measureMode, measurePoints: [] }),
  addMeasurePoint: (point) => set((s) => ({ measurePoints: [...s.measurePoints, point] })),
  clearMeasure: () => set({ measurePoints: [] }),
})
