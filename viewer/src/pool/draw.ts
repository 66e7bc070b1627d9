import type { Map as MapLibreMap } from 'maplibre-gl'
import type { PolygonGeometry } from '@regiopol/geodata'

/*
 * Drawing an area's polygon with terra-draw on the MapLibre map. Imperative like
 * map/commands.ts: one instance per open register panel, stopped when it closes.
 * terra-draw is loaded only when a register panel opens; calls made before it has
 * arrived run once it has.
 */

export interface PolygonDrawing {
  /** Starts a new polygon (clears the previous one). */
  draw: () => void
  /** Removes the drawn polygon and ends drawing (an uploaded file replaces it). */
  clear: () => void
  stop: () => void
}

export function startPolygonDrawing(map: MapLibreMap, onFinish: (polygon: PolygonGeometry) => void): PolygonDrawing {
  let stopped = false
  const ready = createDrawing(map, onFinish).then((drawing) => (stopped ? (drawing.stop(), null) : drawing))
  const later = (call: (drawing: PolygonDrawing) => void) => () => void ready.then((drawing) => drawing && call(drawing))
  return {
    draw: later((d) => d.draw()),
    clear: later((d) => d.clear()),
    stop: () => {
      stopped = true
      void ready.then((drawing) => drawing?.stop())
    },
  }
}

async function createDrawing(map: MapLibreMap, onFinish: (polygon: PolygonGeometry) => void): Promise<PolygonDrawing> {
  const [{ TerraDraw, TerraDrawPolygonMode, TerraDrawRenderMode }, { TerraDrawMapLibreGLAdapter }] = await Promise.all([
    import('terra-draw'),
    import('terra-draw-maplibre-gl-adapter'),
  ])
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
