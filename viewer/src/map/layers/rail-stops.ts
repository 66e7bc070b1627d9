import type { LayerDef } from '@regiopol/geodata'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { hovered, layer, visibility, type BuildState } from './common.ts'
import { pointLabel, radius, selectedPoint } from './points.ts'

/** Station category 1 (largest) … 7: bigger stations get bigger rings and earlier labels. */
const size: ExpressionSpecification = ['match', ['get', 'category'], [1, 2, 3], 1.5, [4], 1.2, 1]

/** Rail stops as white rings with the line colour, like a transit map. */
export function railStopLayers(def: LayerDef, state: BuildState): LayerSpecification[] {
  const layout = { visibility: visibility(state.visible) }
  return [
    layer(
      {
        id: `${def.id}-circle`,
        type: 'circle',
        source: def.id,
        layout,
        paint: {
          'circle-color': '#ffffff',
          'circle-radius': radius(3.5, 2, size),
          'circle-stroke-color': def.style.color,
          'circle-stroke-width': ['case', hovered, 3, 2],
          'circle-opacity': state.opacity,
          'circle-stroke-opacity': state.opacity,
        },
      },
      state.filter,
    ),
    withSortKey(pointLabel(def, state, state.filter, 10)),
    selectedPoint(def, state),
  ]
}

/** Big stations win label collisions. */
function withSortKey(label: LayerSpecification): LayerSpecification {
  return { ...label, layout: { ...(label.layout as object), 'symbol-sort-key': ['coalesce', ['get', 'category'], 9] } } as LayerSpecification
}
