import type { LayerSpecification } from 'maplibre-gl'
import { ID_PROPERTY, visibility } from '../../map/layers/common.ts'

/** The source of the intervention point the user picked for "Flächen finden". */
export const OFFER_POINT_SOURCE = 'pool-offer-point'

/**
 * The areas offered for an intervention, outlined on the catalogue's
 * `compensation_areas` source (no copy of the geometry): a dark casing with a magenta
 * line that differs from every status colour; and the intervention point.
 */
export function offerLayers(ids: readonly string[], hasPoint: boolean): LayerSpecification[] {
  const layout = { visibility: visibility(ids.length > 0), 'line-join': 'round' as const }
  const filter = ['in', ['get', ID_PROPERTY], ['literal', [...ids]]] as never
  return [
    { id: 'pool-offers-casing', type: 'line', source: 'compensation_areas', layout, filter, paint: { 'line-color': '#111111', 'line-width': 6 } },
    { id: 'pool-offers-line', type: 'line', source: 'compensation_areas', layout, filter, paint: { 'line-color': '#EE3377', 'line-width': 3 } },
    {
      id: 'pool-offer-point', type: 'circle', source: OFFER_POINT_SOURCE, layout: { visibility: visibility(hasPoint) },
      paint: { 'circle-radius': 7, 'circle-color': '#EE3377', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2 },
    },
  ]
}
