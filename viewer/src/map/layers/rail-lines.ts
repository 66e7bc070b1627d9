import type { LayerDef } from '@regiopol/geodata'
import type { LayerSpecification } from 'maplibre-gl'
import { hovered, layer, selectionFilter, visibility, type BuildState } from './common.ts'

/** Rail lines in the catalogue colour, widening with zoom. */
export function railLineLayers(def: LayerDef, state: BuildState): LayerSpecification[] {
  const layout = { visibility: visibility(state.visible), 'line-cap': 'round' as const, 'line-join': 'round' as const }
  return [
    layer(
      {
        id: `${def.id}-line`,
        type: 'line',
        source: def.id,
        layout,
        paint: {
          'line-color': def.style.color,
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, ['case', hovered, 4, 1.5], 13, ['case', hovered, 6, 3.5]],
          'line-opacity': state.opacity,
        },
      },
      state.filter,
    ),
    {
      id: `${def.id}-selected`,
      type: 'line',
      source: def.id,
      layout,
      filter: selectionFilter(state),
      paint: { 'line-color': '#FFCC00', 'line-width': 3 },
    },
  ]
}
