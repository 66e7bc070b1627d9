import { REGION } from '@regiopol/geodata'
import { bbox } from '@turf/turf'
import type { Feature, Geometry } from 'geojson'
import type { Map as MapLibreMap } from 'maplibre-gl'

/*
 * The imperative side of the map in one place: camera moves and hover feature state.
 * Everything else is declarative (<Source>/<Layer> from the builders).
 */

const PADDING = 48

export function regionBounds(): [[number, number], [number, number]] {
  const [w, s, e, n] = REGION.bbox
  return [
    [w, s],
    [e, n],
  ]
}

export function fitRegion(map: MapLibreMap, animate = true): void {
  map.fitBounds(regionBounds(), { padding: PADDING, animate })
}

/** Fits a lon/lat extent (a theme map's camera). */
export function fitBbox(map: MapLibreMap, [w, s, e, n]: readonly [number, number, number, number], animate = false): void {
  map.fitBounds([[w, s], [e, n]], { padding: PADDING, animate })
}

/** Moves the camera to a feature: close in on points, frame areas and lines. */
export function flyToFeature(map: MapLibreMap, feature: Feature<Geometry | null>): void {
  if (!feature.geometry) return
  if (feature.geometry.type === 'Point') {
    const [lng, lat] = feature.geometry.coordinates as [number, number]
    map.flyTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), 13), essential: true })
    return
  }
  const [w, s, e, n] = bbox(feature as Feature<Geometry>)
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: PADDING, maxZoom: 14, essential: true },
  )
}

type Hovered = { source: string; id: string; sourceLayer?: string }
let hovered: Hovered | null = null

/** Highlights one feature (feature-state `hover`), un-highlighting the previous one. */
export function setHover(map: MapLibreMap, target: Hovered | null): void {
  if (hovered && target && hovered.source === target.source && hovered.id === target.id) return
  if (hovered && map.getSource(hovered.source)) map.setFeatureState(hovered, { hover: false })
  hovered = target
  if (target) map.setFeatureState(target, { hover: true })
}

declare global {
  interface Window {
    /** The map, for end-to-end tests only (set when the browser is automated). */
    __atlasMap?: MapLibreMap
  }
}

/** Lets the end-to-end tests query rendered features; only under automation (navigator.webdriver). */
export function exposeForTests(map: MapLibreMap): void {
  if (navigator.webdriver) window.__atlasMap = map
}
