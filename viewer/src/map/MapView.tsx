import { drawnFromTiles, getLayer, layers, type LayerId } from '@regiopol/geodata'
import { FullscreenControl, Map, NavigationControl, ScaleControl, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre'
import * as maplibregl from 'maplibre-gl'
import type { ErrorEvent as MapErrorEvent } from 'maplibre-gl'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { findFeature, loadLayer } from '../data/feature-cache.ts'
import { translator } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { exposeForTests, flyToFeature, regionBounds, setHover } from './commands.ts'
import { BasemapLayers, basemapFailed } from './components/BasemapLayers.tsx'
import { DataSources } from './components/DataSources.tsx'
import { MeasureLayers } from './components/MeasureLayers.tsx'
import { OverlayLayers } from './components/OverlayLayers.tsx'
import { overlayTookClick, registeredOverlays } from './overlays.ts'
import { catalogueLayerOf, interactiveLayerIds } from './layers/index.ts'
import { baseStyle, mapLocale } from './style.ts'

const LAYER_IDS: LayerId[] = layers.map((l) => l.id)
const INTERACTIVE = layers.flatMap((l) => interactiveLayerIds(l))

/** Picks the topmost catalogue feature under the pointer (points above areas). */
function hitOf(e: MapLayerMouseEvent): { layer: LayerId; id: string } | null {
  for (const f of e.features ?? []) {
    const layer = catalogueLayerOf(f.layer.id, LAYER_IDS)
    // GeoJSON features carry __id; tile features have it as their (promoted) feature id.
    const id = f.properties?.__id ?? f.id
    if (layer && id !== undefined) return { layer, id: String(id) }
  }
  return null
}

/** `initialBounds`: the extent to open on when the URL has no camera (an open theme map's; else the region). */
export function MapView({ mapRef, initialBounds: bounds }: { mapRef: React.RefObject<MapRef | null>; initialBounds?: [number, number, number, number] }) {
  const t = useT()
  const measureMode = useAtlas((s) => s.measureMode)
  const offersPicking = useAtlas((s) => s.offersPicking)
  const flyRequest = useAtlas((s) => s.flyRequest)
  const style = useMemo(() => baseStyle(location.origin), [])
  const initial = useRef(useAtlas.getState().camera)
  const initialBounds = useRef(bounds)

  const onClick = useCallback((e: MapLayerMouseEvent) => {
    if (overlayTookClick(e)) return
    if (useAtlas.getState().poolDrawing) return // terra-draw owns the clicks while a pool area is drawn
    const { measureMode: mode, addMeasurePoint, select } = useAtlas.getState()
    if (mode) {
      addMeasurePoint([e.lngLat.lng, e.lngLat.lat])
      return
    }
    select(hitOf(e))
  }, [])

  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    const hit = hitOf(e)
    const def = hit && getLayer(hit.layer)
    setHover(e.target, hit && { source: hit.layer, id: hit.id, ...(def && drawnFromTiles(def) && { sourceLayer: def.sourceLayer }) })
  }, [])

  const onMoveEnd = useCallback(() => {
    const map = mapRef.current
    if (!map) return
    const c = map.getCenter()
    useAtlas.getState().setCamera({ lng: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() })
  }, [mapRef])

  const onError = useCallback((e: MapErrorEvent & { sourceId?: string }) => {
    // Tiles of an online basemap failing (offline, blocked, server down) must not break the map.
    if (e.sourceId?.startsWith('basemap')) basemapFailed()
    else console.warn(e.error)
  }, [])

  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap()
    if (!map) return
    exposeForTests(map)
    // The compact attribution starts open on wide screens and covers the map: start folded.
    map.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show')
    map.getCanvas().setAttribute('aria-label', translator(useAtlas.getState().language)('map.label'))
    onMoveEnd()
  }, [mapRef, onMoveEnd])

  // Search, table and links ask to fly; map clicks do not.
  useEffect(() => {
    const map = mapRef.current?.getMap()
    const sel = useAtlas.getState().selected
    if (!map || !sel || flyRequest === 0) return
    void loadLayer(sel.layer).then(() => {
      const feature = findFeature(sel.layer, sel.id)
      if (feature) flyToFeature(map, feature)
    })
  }, [flyRequest, mapRef])

  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', t('map.label'))
  }, [t, mapRef])

  const cam = initial.current
  return (
    <Map
      ref={mapRef}
      mapLib={maplibregl}
      mapStyle={style}
      initialViewState={cam ? { longitude: cam.lng, latitude: cam.lat, zoom: cam.zoom, bearing: cam.bearing, pitch: cam.pitch } : { bounds: initialBounds.current ?? regionBounds(), fitBoundsOptions: { padding: 48 } }}
      interactiveLayerIds={INTERACTIVE}
      onClick={onClick}
      onMouseMove={onMouseMove}
      onMouseLeave={() => mapRef.current && setHover(mapRef.current.getMap(), null)}
      onMoveEnd={onMoveEnd}
      onError={onError}
      onLoad={onLoad}
      cursor={measureMode || offersPicking ? 'crosshair' : undefined}
      doubleClickZoom={!measureMode}
      locale={mapLocale(useAtlas.getState().language)}
      attributionControl={{ compact: true }}
      style={{ position: 'absolute', inset: 0 }}
      maxZoom={18}
    >
      <DataSources />
      <BasemapLayers />
      <OverlayLayers />
      <MeasureLayers />
      {registeredOverlays().map(({ id, Layers }) => <Layers key={id} />)}
      <NavigationControl position="top-right" visualizePitch />
      <FullscreenControl position="top-right" containerId="atlas-root" />
      <ScaleControl position="bottom-left" unit="metric" maxWidth={120} />
    </Map>
  )
}
