import type { LayerId } from '@regiopol/geodata'
import type { StateCreator } from 'zustand'
import type { AtlasState } from './index.ts'

/** A feature by catalogue layer and id (the id as text, as in URLs). */
export interface FeatureRef {
  layer: LayerId
  id: string
}

export interface SelectionSlice {
  selected: FeatureRef | null
  /** Incremented when a selection should move the camera (search, table, links), not on map clicks. */
  flyRequest: number
  select: (ref: FeatureRef | null, options?: { fly?: boolean }) => void
}

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  flyRequest: 0,
  select: (ref, options) => set((s) => ({ selected: ref, flyRequest: options?.fly ? s.flyRequest + 1 : s.flyRequest })),
})
