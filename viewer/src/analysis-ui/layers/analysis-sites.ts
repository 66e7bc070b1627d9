import type { LayerSpecification } from 'maplibre-gl'
import { ID_PROPERTY, visibility } from '../../map/layers/common.ts'

/**
 * Highlight of the development site chosen in the site table (or hovered there or on
 * the map), drawn on the catalogue's `development_land` source so it needs no copy of
 * the geometry: a dark casing with a yellow line, readable on every fill.
 */
export function siteHighlightLayers(state: { visible: boolean; selectedId: string | null; hoveredId: string | null }): LayerSpecification[] {
  const layout = { visibility: visibility(state.visible), 'line-join': 'round' as const }
  const only = (id: string | null) => ['==', ['get', ID_PROPERTY], id ?? ''] as never
  return [
    { id: 'analysis-site-hover', type: 'line', source: 'development_land', layout, filter: only(state.hoveredId), paint: { 'line-color': '#111111', 'line-width': 3, 'line-dasharray': [2, 1] } },
    { id: 'analysis-site-casing', type: 'line', source: 'development_land', layout, filter: only(state.selectedId), paint: { 'line-color': '#111111', 'line-width': 6 } },
    { id: 'analysis-site-highlight', type: 'line', source: 'development_land', layout, filter: only(state.selectedId), paint: { 'line-color': '#FFDD00', 'line-width': 3 } },
  ]
}
