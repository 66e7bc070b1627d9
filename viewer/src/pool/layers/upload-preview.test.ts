import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'

/** A style with only the preview layers; their source is added by the test. */
function styleWith(specs: StyleSpecification['layers']): StyleSpecification {
  return { version: 8, glyphs: 'http://localhost/fonts/{fontstack}/{range}.pbf', sources: {}, layers: specs }
}

describe('the upload preview layers', () => {
  it('are valid MapLibre layers on their own GeoJSON source', async () => {
    const { UPLOAD_PREVIEW_SOURCE, uploadPreviewLayers } = await import('./upload-preview.ts')
    const style = styleWith(uploadPreviewLayers())
    style.sources[UPLOAD_PREVIEW_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
    expect(validateStyleMin(style as never).map((e: { message: string }) => e.message)).toEqual([])
  })
})
