import { getLayer, type LayerId } from '@regiopol/geodata'
import { Layer, Map, NavigationControl, ScaleControl, Source, type MapLayerMouseEvent, type MapRef } from '@vis.gl/react-maplibre'
import type * as GeoJSON from 'geojson'
import * as maplibregl from 'maplibre-gl'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { getLayerData, loadLayer, useDataVersion, type AtlasFeature } from '../data/feature-cache.ts'
import { exposeForTests, flyToFeature, regionBounds } from '../map/commands.ts'
import { BASEMAP_SOURCES, offlineBasemapLayers } from '../map/layers/basemap.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import { buildLayers, interactiveLayerIds } from '../map/layers/index.ts'
import { baseStyle, mapLocale, OVERLAY_ANCHOR } from '../map/style.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'


export interface ProjectMapProps {
  /** Projects to draw (those without a location are skipped by MapLibre). */
  features: AtlasFeature[]
  selectedId?: string | null | undefined
  hoveredId?: string | null | undefined
  onSelect?: ((id: string | null) => void) | undefined
  onHover?: ((id: string | null) => void) | undefined
  /** While set, a click on the map reports its position instead of selecting (drawing a location). */
  onPick?: ((lngLat: [number, number]) => void) | undefined
  /** Frame these features once they are there (the detail page's one project). */
  fitTo?: AtlasFeature | null | undefined
  label: string
  className?: string
  /** The catalogue layer whose style draws the features (the exchange board reuses this map). */
  layer?: LayerId
  /** Screen-reader hint under the map (default: the project map's). */
  hint?: string
}

/**
 * A MapLibre map of projects on the offline basemap, for the list, the detail page and
 * the form. The layer specs are the main map's (map/layers), the hover highlight is
 * feature state, driven from the list as well as from the pointer.
 */
export function ProjectMap({ features, selectedId, hoveredId, onSelect, onHover, onPick, fitTo, label, className, layer = 'projects', hint }: ProjectMapProps) {
  const t = useT()
  const DEF = getLayer(layer)
  const INTERACTIVE = useMemo(() => interactiveLayerIds(getLayer(layer)), [layer])
  /** Its own source id: these pages never share a map with the main view. */
  const SOURCE = layer
  const mapRef = useRef<MapRef>(null)
  const style = useMemo(() => baseStyle(location.origin), [])
  useDataVersion()
  useEffect(() => {
    for (const id of BASEMAP_SOURCES) void loadLayer(id)
  }, [])

  const data = useMemo<GeoJSON.FeatureCollection>(() => ({ type: 'FeatureCollection', features: features as GeoJSON.Feature[] }), [features])
  const specs = useMemo(() => buildLayers(getLayer(layer), { visible: true, opacity: 1, selectedId: selectedId ?? null }), [layer, selectedId])

  // Hover from the list or the pointer: one feature at a time, by feature state.
  const lastHover = useRef<string | null>(null)
  useEffect(() => {
    const map = mapRef.current?.getMap()
    if (!map || !map.getSource(SOURCE)) return
    if (lastHover.current) map.setFeatureState({ source: SOURCE, id: lastHover.current }, { hover: false })
    lastHover.current = hoveredId ?? null
    if (hoveredId) map.setFeatureState({ source: SOURCE, id: hoveredId }, { hover: true })
  }, [hoveredId, data, SOURCE])

  useEffect(() => {
    const map = mapRef.current?.getMap()
    if (map && fitTo?.geometry) flyToFeature(map, fitTo)
  }, [fitTo])

  const hitOf = (e: MapLayerMouseEvent) => {
    const id = e.features?.[0]?.properties?.[ID_PROPERTY]
    return id === undefined ? null : String(id)
  }
  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      if (onPick) onPick([Number(e.lngLat.lng.toFixed(6)), Number(e.lngLat.lat.toFixed(6))])
      else onSelect?.(hitOf(e))
    },
    [onPick, onSelect],
  )
  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap()
    if (!map) return
    exposeForTests(map)
    map.getCanvas().setAttribute('aria-label', label)
    if (fitTo?.geometry) flyToFeature(map, fitTo)
  }, [label, fitTo])

  return (
    <div className={`project-map ${className ?? ''}`}>
      <Map
        ref={mapRef}
        mapLib={maplibregl}
        mapStyle={style}
        initialViewState={{ bounds: regionBounds(), fitBoundsOptions: { padding: 24 } }}
        interactiveLayerIds={onPick ? [] : INTERACTIVE}
        onClick={onClick}
        onMouseMove={(e) => onHover?.(hitOf(e))}
        onMouseLeave={() => onHover?.(null)}
        onLoad={onLoad}
        cursor={onPick ? 'crosshair' : undefined}
        locale={mapLocale(useAtlas.getState().language)}
        attributionControl={{ compact: true }}
        style={{ position: 'absolute', inset: 0 }}
        maxZoom={18}
      >
        {BASEMAP_SOURCES.map((id) => (
          <Source key={id} id={id} type="geojson" data={getLayerData(id) as GeoJSON.GeoJSON} />
        ))}
        {offlineBasemapLayers({ municipalityLabelsShown: false, districtLabelsShown: false }).map((spec) => (
          <Layer key={spec.id} {...spec} beforeId={OVERLAY_ANCHOR} />
        ))}
        <Source id={SOURCE} type="geojson" data={data} promoteId={ID_PROPERTY} attribution={DEF.attribution.map((a) => a.text).join('; ')}>
          {specs.map((spec) => (
            <Layer key={spec.id} {...spec} />
          ))}
        </Source>
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" maxWidth={100} />
      </Map>
      <span className="visually-hidden">{hint ?? t('projects.mapHint')}</span>
    </div>
  )
}
