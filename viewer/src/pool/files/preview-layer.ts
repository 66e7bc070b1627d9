import type { FeatureCollection, Geometry } from 'geojson'
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { UPLOAD_PREVIEW_SOURCE, uploadPreviewLayers, type PreviewState } from '../layers/upload-preview.ts'
import type { UploadFeature } from './types.ts'

/*
 * The upload preview on the map. Imperative like draw.ts: it lives only while the
 * register panel shows a file, and the GeoJSON stays out of the store.
 */

export function previewCollection(features: UploadFeature[], stateOf: (f: UploadFeature) => PreviewState): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features
      .filter((f) => f.preview)
      .map((f) => ({ type: 'Feature', id: f.number, properties: { number: f.number, state: stateOf(f) }, geometry: f.preview as Geometry })),
  }
}

export function showUploadPreview(map: MapLibreMap, data: FeatureCollection): void {
  const source = map.getSource<GeoJSONSource>(UPLOAD_PREVIEW_SOURCE)
  if (source) {
    source.setData(data)
    return
  }
  map.addSource(UPLOAD_PREVIEW_SOURCE, { type: 'geojson', data })
  for (const layer of uploadPreviewLayers()) map.addLayer(layer)
}

export function clearUploadPreview(map: MapLibreMap): void {
  if (!map.getStyle()) return
  for (const layer of uploadPreviewLayers()) if (map.getLayer(layer.id)) map.removeLayer(layer.id)
  if (map.getSource(UPLOAD_PREVIEW_SOURCE)) map.removeSource(UPLOAD_PREVIEW_SOURCE)
}

/** The bounds of every previewed position, for fitBounds; null when there are none. */
export function previewBounds(data: FeatureCollection): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      w = Math.min(w, c[0]); e = Math.max(e, c[0]); s = Math.min(s, c[1] as number); n = Math.max(n, c[1] as number)
    } else if (Array.isArray(c)) c.forEach(visit)
  }
  for (const f of data.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates)
  return Number.isFinite(w) ? [w, s, e, n] : null
}
