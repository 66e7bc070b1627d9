import { create } from 'zustand'
import { createAnalysisSlice, type AnalysisSlice } from '../analysis-ui/analysis-slice.ts'
import { createOffersSlice, type OffersSlice } from '../pool/offers-slice.ts'
import { createSessionSlice, type SessionSlice } from '../account/session-slice.ts'
import { createRegisterSlice, type RegisterSlice } from '../pool/register-slice.ts'
import { createThemeSlice, type ThemeSlice } from '../themes/theme-slice.ts'
import { createPrintSlice, type PrintSlice } from '../print/print-slice.ts'
import { createFiltersSlice, type FiltersSlice } from './filters-slice.ts'
import { createLayersSlice, type LayersSlice } from './layers-slice.ts'
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts'
import { createUiSlice, type UiSlice } from './ui-slice.ts'

/** The one store of the viewer: small UI state only, never the Map or GeoJSON. */
export type AtlasState = LayersSlice & FiltersSlice & SelectionSlice & UiSlice & AnalysisSlice & SessionSlice & RegisterSlice & ThemeSlice & OffersSlice & PrintSlice

export const useAtlas = create<AtlasState>()((...a) => ({
  ...createLayersSlice(...a),
  ...createFiltersSlice(...a),
  ...createSelectionSlice(...a),
  ...createUiSlice(...a),
  ...createAnalysisSlice(...a),
  ...createSessionSlice(...a),
  ...createRegisterSlice(...a),
  ...createThemeSlice(...a),
  ...createOffersSlice(...a),
  ...createPrintSlice(...a),
}))

export type { FeatureRef } from './selection-slice.ts'
export type { Camera, MeasureMode, Notice, SideTab } from './ui-slice.ts'
export type { LayerStatus } from './layers-slice.ts'
