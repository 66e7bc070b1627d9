import type { LayerDef } from '@regiopol/geodata'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { hovered, layer, selectionFilter, tint, visibility, type BuildState } from './common.ts'

/** Class breaks (inhabitants per km² cell); five sequential tints of the catalogue colour. */
export const POPULATION_BREAKS = [50, 250, 1000, 2500]

export function populationColor(def: LayerDef): ExpressionSpecification {
  const tints = [0.12, 0.3, 0.5, 0.72, 1].map((t) => tint(def.style.color, t))
  return ['step', ['coalesce', ['get', 'population'], 0], tints[0]!, ...POPULATION_BREAKS.flatMap((b, i) => [b, tints[i + 1]!])] as ExpressionSpecification
}

/** The 1 km census grid as a choropleth of inhabitants. */
export function populationGridLayers(def: LayerDef, state: BuildState): LayerSpecification[] {
  const layout = { visibility: visibility(state.visible) }
  return [
    layer(
      {
        id: `${def.id}-fill`,
        type: 'fill',
        source: def.id,
        layout,
        paint: {
          'fill-color': populationColor(def),
          'fill-opacity': ['case', hovered, Math.min(1, 0.95 * state.opacity), 0.7 * state.opacity],
          'fill-outline-color': 'rgba(255,255,255,0.4)',
        },
      },
      state.filter,
    ),
    { id: `${def.id}-selected`, type: 'line', source: def.id, layout, filter: selectionFilter(state), paint: { 'line-color': '#111111', 'line-width': 3 } },
  ]
}
