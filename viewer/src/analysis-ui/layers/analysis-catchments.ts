import type { LayerSpecification } from 'maplibre-gl'
import { visibility } from '../../map/layers/common.ts'

/** Stop catchments of Bauland an der Schiene: the merged area tinted, each stop's circle outlined. */
export const CATCHMENT_SOURCE = 'analysis-catchments'
export const CATCHMENT_MERGED_SOURCE = 'analysis-catchments-merged'
export const CATCHMENT_COLOR = '#4477AA'

export function catchmentLayers(visible: boolean): LayerSpecification[] {
  const layout = { visibility: visibility(visible) }
  return [
    { id: 'analysis-catchment-fill', type: 'fill', source: CATCHMENT_MERGED_SOURCE, layout, paint: { 'fill-color': CATCHMENT_COLOR, 'fill-opacity': 0.14 } },
    { id: 'analysis-catchment-line', type: 'line', source: CATCHMENT_SOURCE, layout, paint: { 'line-color': CATCHMENT_COLOR, 'line-width': 1.2, 'line-dasharray': [3, 2] } },
  ]
}
