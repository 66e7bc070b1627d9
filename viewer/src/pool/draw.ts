import type { Map as MapLibreMap } from 'maplibre-gl'
import { TerraDraw, TerraDrawPolygonMode, TerraDrawRenderMode } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import type { PolygonGeometry } from '@regiopol/geodata'

/*
 * Drawing an area's polygon with terra-draw on the MapLibre map. Imperative like
 * map/commands.ts: one instance per open register panel, stopped when it closes.
 */

export interface PolygonDrawing {
  /** Starts a new polygon (clears the previous one). */
  draw: () => void
  /** Removes the drawn polygon and ends drawing (an uploaded file replaces it). */
  clear: () => void
  stop: () => void
}

export function startPolygonDrawing(map: MapLibreMap, onFinish: (polygon: PolygonGeometry) => void): PolygonDrawing {
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'pool-draw' }),
    modes: [
      new TerraDrawPolygonMode({
        styles: { fillColor: '#228833', fillOpacity: 0.25, outlineColor: '#114411', outlineWidth: 2, closingPointColor: '#ffffff', closingPointOutlineColor: '#114411' },
      }),
      new TerraDrawRenderMode({ modeName: 'done', styles: { polygonFillColor: '#228833', polygonFillOpacity: 0.35, polygonOutlineColor: '#114411', polygonOutlineWidth: 3 } }),
    ],
  })
  draw.start()
  draw.on('finish', (id, context) => {
    if (context.action !== 'draw') return
    const feature = draw.getSnapshotFeature(id)
    if (feature?.geometry.type !== 'Polygon') return
    const rings = (feature.geometry.coordinates as number[][][]).map((ring) => ring.map((c): [number, number] => [c[0]!, c[1]!]))
    onFinish({ type: 'Polygon', coordinates: rings })
    draw.setMode('done')
  })
  return {
    draw: () => {
      draw.clear()
      draw.setMode('polygon')
    },
    clear: () => {
      draw.clear()
      draw.setMode('done')
    },
    stop: () => {
      if (draw.enabled) draw.stop()
    },
  }
}
