import * as maplibregl from 'maplibre-gl'
import type { Map as MapLibreMap } from 'maplibre-gl'
import type { LabelAnchor, MapLabel } from './map-labels.ts'
import { CSS_DPI, zoomForScale } from './scale.ts'

/**
 * Draws the map again, offscreen, at print size: a hidden MapLibre map with the
 * current style and camera, `pixelRatio = dpi / 96` so that one CSS pixel is 1/96
 * inch of paper, the drawing buffer preserved so its canvas can be copied once idle.
 * The zoom is raised or lowered so that what the screen shows fits the paper box.
 *
 * @example
 * const shot = await renderMapImage(map, { widthMm: 210, heightMm: 153, dpi: 150 }) // shot.canvas: 1240 × 904 px
 */

export interface MapImage {
  canvas: HTMLCanvasElement
  /** Camera of the printed map (the scale bar and north arrow are computed from it). */
  center: { lng: number; lat: number }
  zoom: number
  bearing: number
  /** Names to print as text over the image (anchors inside the box, in fractions of its size). */
  labels?: MapLabel[]
}

export interface RenderOptions {
  widthMm: number
  heightMm: number
  dpi: number
  /** Give up waiting for tiles and data after this long (the map is drawn as far as it got). */
  timeoutMs?: number
  /** Print at 1 : scale around the screen's centre; without it the screen's view fits the box. */
  scale?: number | null
  /** Names printed as text instead (their map label layers are left out of the image). */
  labels?: { anchors: LabelAnchor[]; replaces: string[] }
}

/** How much the zoom changes so the screen's view fits a box of another size (CSS pixels). */
export function fitZoomDelta(screen: { width: number; height: number }, print: { width: number; height: number }): number {
  return Math.log2(Math.min(print.width / screen.width, print.height / screen.height))
}

export async function renderMapImage(source: MapLibreMap, { widthMm, heightMm, dpi, timeoutMs = 30_000, scale, labels }: RenderOptions): Promise<MapImage> {
  const cssWidth = Math.ceil((widthMm / 25.4) * CSS_DPI)
  const cssHeight = Math.ceil((heightMm / 25.4) * CSS_DPI)
  const pixelRatio = dpi / CSS_DPI
  const container = document.createElement('div')
  // Off screen but laid out (display:none would give the map a 0 × 0 canvas).
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${cssWidth}px`, height: `${cssHeight}px`, visibility: 'hidden' })
  container.setAttribute('aria-hidden', 'true')
  document.body.append(container)
  const screen = source.getCanvas().getBoundingClientRect()
  const center = source.getCenter()
  const zoom = scale ? zoomForScale(center.lat, scale) : Math.max(0, source.getZoom() + fitZoomDelta({ width: screen.width || cssWidth, height: screen.height || cssHeight }, { width: cssWidth, height: cssHeight }))
  const bearing = source.getBearing()
  const style = source.getStyle()
  const replaced = new Set(labels?.replaces ?? [])
  if (replaced.size) style.layers = style.layers.filter((l) => !replaced.has(l.id))
  const map = new maplibregl.Map({
    container,
    style,
    center,
    zoom,
    bearing,
    pitch: source.getPitch(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxCanvasSize: [16384, 16384],
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  })
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, timeoutMs)
      map.once('idle', () => {
        clearTimeout(timer)
        resolve()
      })
      map.once('error', (e) => {
        // A failing online basemap must not stop the print; anything else is reported.
        if (!(e as { sourceId?: string }).sourceId?.startsWith('basemap')) console.warn(e.error)
      })
      setTimeout(() => reject(new Error('map did not load')), timeoutMs + 5_000)
    })
    const gl = map.getCanvas()
    const canvas = document.createElement('canvas')
    canvas.width = gl.width
    canvas.height = gl.height
    canvas.getContext('2d')!.drawImage(gl, 0, 0)
    const placed: MapLabel[] = []
    for (const a of labels?.anchors ?? []) {
      const p = map.project(a.lngLat)
      if (p.x >= 0 && p.y >= 0 && p.x <= cssWidth && p.y <= cssHeight) placed.push({ text: a.text, fx: p.x / cssWidth, fy: p.y / cssHeight })
    }
    return { canvas, center: { lng: center.lng, lat: center.lat }, zoom, bearing, ...(labels && { labels: placed }) }
  } finally {
    map.remove()
    container.remove()
  }
}
