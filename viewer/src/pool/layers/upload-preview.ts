import type { LayerSpecification } from 'maplibre-gl'

/** Source of the upload preview (pool/files/preview-layer.ts fills it). */
export const UPLOAD_PREVIEW_SOURCE = 'pool-upload-preview'

/** Each preview feature's `state`: how it is drawn. */
export type PreviewState = 'chosen' | 'ok' | 'problem' | 'saved'

const COLOR = ['match', ['get', 'state'], 'chosen', '#0044aa', 'saved', '#228833', 'problem', '#cc3311', '#555555'] as never

/**
 * The features of an uploaded file before they are saved: blue when chosen, grey
 * when saveable, red (dashed) with a problem, green once saved; labelled with their
 * number in the preview table. Lines and points (not saveable) are drawn too, so
 * the user sees what the file holds.
 */
export function uploadPreviewLayers(): LayerSpecification[] {
  const source = UPLOAD_PREVIEW_SOURCE
  const polygons = ['==', ['geometry-type'], 'Polygon'] as never
  return [
    { id: 'pool-upload-fill', type: 'fill', source, filter: polygons, paint: { 'fill-color': COLOR, 'fill-opacity': 0.25 } },
    { id: 'pool-upload-line', type: 'line', source, filter: ['!=', ['get', 'state'], 'problem'] as never, paint: { 'line-color': COLOR, 'line-width': ['match', ['get', 'state'], 'chosen', 4, 2] as never } },
    { id: 'pool-upload-problem', type: 'line', source, filter: ['==', ['get', 'state'], 'problem'] as never, paint: { 'line-color': COLOR, 'line-width': 3, 'line-dasharray': [2, 1] } },
    { id: 'pool-upload-point', type: 'circle', source, filter: ['==', ['geometry-type'], 'Point'] as never, paint: { 'circle-color': COLOR, 'circle-radius': 5 } },
    {
      id: 'pool-upload-label',
      type: 'symbol',
      source,
      layout: { 'text-field': ['to-string', ['get', 'number']] as never, 'text-font': ['Noto Sans Bold'], 'text-size': 14 },
      paint: { 'text-color': COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ]
}
