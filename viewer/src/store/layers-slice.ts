import { layers, type LayerId } from '@regiopol/geodata'
import type { StateCreator } from 'zustand'
import type { AtlasState } from './index.ts'

export interface LayerStatus {
  state: 'idle' | 'loading' | 'ready' | 'error'
  /** Features in the layer (numberMatched), once known. */
  total?: number
  error?: string
}

export interface LayersSlice {
  /** Visible catalogue layers (order does not matter: drawing order is the catalogue's). */
  visible: LayerId[]
  opacity: Partial<Record<LayerId, number>>
  layerStatus: Partial<Record<LayerId, LayerStatus>>
  setVisible: (id: LayerId, visible: boolean) => void
  setOpacity: (id: LayerId, opacity: number) => void
  setLayerStatus: (id: LayerId, status: LayerStatus) => void
}

export const defaultVisible = (): LayerId[] => layers.filter((l) => l.visibleByDefault).map((l) => l.id)

/** Pure: the visible list with one layer switched on or off, in catalogue order. */
export function withVisibility(visible: readonly LayerId[], id: LayerId, on: boolean): LayerId[] {
  const set = new Set(visible)
  if (on) set.add(id)
  else set.delete(id)
  return layers.map((l) => l.id).filter((l) => set.has(l))
}

export const createLayersSlice: StateCreator<AtlasState, [], [], LayersSlice> = (set) => ({
  visible: defaultVisible(),
  opacity: {},
  layerStatus: {},
  setVisible: (id, on) => set((s) => ({ visible: withVisibility(s.visible, id, on) })),
  setOpacity: (id, opacity) => set((s) => ({ opacity: { ...s.opacity, [id]: Math.max(0, Math.min(1, opacity)) } })),
  setLayerStatus: (id, status) => set((s) => ({ layerStatus: { ...s.layerStatus, [id]: { ...s.layerStatus[id], ...status } } })),
})
