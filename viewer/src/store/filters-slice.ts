import type { LayerId } from '@regiopol/geodata'
import type { StateCreator } from 'zustand'
import type { Condition, LayerFilter } from '../filters/filter-model.ts'
import type { AtlasState } from './index.ts'

export interface FiltersSlice {
  filters: Partial<Record<LayerId, LayerFilter>>
  setCondition: (layer: LayerId, key: string, condition: Condition | undefined) => void
  clearFilters: (layer: LayerId) => void
}

/** Pure: a layer's filter with one condition set or removed. */
export function withCondition(filter: LayerFilter | undefined, key: string, condition: Condition | undefined): LayerFilter {
  const next = { ...filter }
  if (condition) next[key] = condition
  else delete next[key]
  return next
}

export const createFiltersSlice: StateCreator<AtlasState, [], [], FiltersSlice> = (set) => ({
  filters: {},
  setCondition: (layer, key, condition) => set((s) => ({ filters: { ...s.filters, [layer]: withCondition(s.filters[layer], key, condition) } })),
  clearFilters: (layer) =>
    set((s) => {
      const { [layer]: _removed, ...rest } = s.filters
      return { filters: rest }
    }),
})
