import type { LayerId } from '@regiopol/geodata'
import type { LayerFilter } from '../filters/filter-model.ts'

/**
 * Which layer "Tabelle" opens on: the selected feature's layer, else the visible layer
 * being filtered (the one the filter panel shows first), else any visible filtered
 * layer, else the municipalities.
 *
 * @example
 * tableLayerToOpen({ selected: null, filterLayer: 'development_land', filters: { development_land: { use: … } }, visible: ['development_land'] }) // 'development_land'
 */
export function tableLayerToOpen(s: {
  selected: { layer: LayerId } | null
  filterLayer: LayerId
  filters: Partial<Record<LayerId, LayerFilter>>
  visible: readonly LayerId[]
}): LayerId {
  if (s.selected) return s.selected.layer
  const filtered = (id: LayerId) => s.visible.includes(id) && Object.keys(s.filters[id] ?? {}).length > 0
  if (filtered(s.filterLayer)) return s.filterLayer
  return s.visible.find(filtered) ?? 'municipalities'
}
