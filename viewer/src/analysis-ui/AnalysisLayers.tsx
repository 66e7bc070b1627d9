import { Layer, Source, useMap, type MapLayerMouseEvent } from '@vis.gl/react-maplibre'
import type * as GeoJSON from 'geojson'
import { useEffect, useMemo } from 'react'
import { catchmentLayers, CATCHMENT_MERGED_SOURCE, CATCHMENT_SOURCE } from './layers/analysis-catchments.ts'
import { facilityScenarioLayers, FACILITY_SOURCE } from './layers/analysis-facilities.ts'
import { siteHighlightLayers } from './layers/analysis-sites.ts'
import { BANDS_SOURCE, CELLS_SOURCE, isochroneBandLayers, travelTimeBreaks, travelTimeSurfaceLayers } from './layers/analysis-surface.ts'
import type { MapOverlay } from '../map/overlays.ts'
import { useAtlas } from '../store/index.ts'
import { translator } from '../i18n/index.ts'
import { facilityPoints } from './analysis-data.ts'
import { useAnalysisResults } from './results-store.ts'
import { countsForHealth } from './runner.ts'

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/**
 * The analysis results on the map. Mounted inside <Map>; everything is hidden while
 * the analysis panel is closed. Health layers show on the health tab, catchments
 * and the site highlight on the site tab.
 */
export function AnalysisLayers() {
  const open = useAtlas((s) => s.analysisOpen)
  const tab = useAtlas((s) => s.analysisTab)
  const health = useAtlas((s) => s.health)
  const showCatchments = useAtlas((s) => s.showCatchments)
  const selectedId = useAtlas((s) => (s.selected?.layer === 'development_land' ? s.selected.id : null))
  const hoveredId = useAtlas((s) => s.hoveredSiteId)
  const r = useAnalysisResults()
  const onHealth = open && tab === 'health'
  const onSites = open && tab === 'sites'
  const breaks = useMemo(() => travelTimeBreaks(health.thresholds), [health.thresholds])
  const facilities = useMemo(() => (r.healthView ? facilityPoints(r.healthView.current.facilities.filter(countsForHealth)) : EMPTY), [r.healthView])
  useSiteHover(onSites)

  return (
    <>
      <Source id={CELLS_SOURCE} type="geojson" data={(r.cells ?? EMPTY) as GeoJSON.GeoJSON}>
        {travelTimeSurfaceLayers({ visible: onHealth && health.showSurface, opacity: 1, breaks }).map((l) => <Layer key={l.id} {...l} />)}
      </Source>
      <Source id={BANDS_SOURCE} type="geojson" data={(r.bands ?? EMPTY) as GeoJSON.GeoJSON}>
        {isochroneBandLayers(onHealth && health.showBands).map((l) => <Layer key={l.id} {...l} />)}
      </Source>
      <Source id={CATCHMENT_MERGED_SOURCE} type="geojson" data={(r.catchments?.merged ?? EMPTY) as GeoJSON.GeoJSON} />
      <Source id={CATCHMENT_SOURCE} type="geojson" data={(r.catchments?.perStop ?? EMPTY) as GeoJSON.GeoJSON}>
        {catchmentLayers(onSites && showCatchments).map((l) => <Layer key={l.id} {...l} />)}
      </Source>
      {siteHighlightLayers({ visible: onSites, selectedId, hoveredId }).map((l) => <Layer key={l.id} {...l} />)}
      <Source id={FACILITY_SOURCE} type="geojson" data={facilities as GeoJSON.GeoJSON}>
        {facilityScenarioLayers(onHealth).map((l) => <Layer key={l.id} {...l} />)}
      </Source>
    </>
  )
}

/** Hovering a site on the map highlights its table row. */
function useSiteHover(active: boolean) {
  const { current: map } = useMap()
  useEffect(() => {
    if (!map || !active) return
    const m = map.getMap()
    const move = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.__id
      useAtlas.getState().setHoveredSite(id === undefined ? null : String(id))
    }
    const leave = () => useAtlas.getState().setHoveredSite(null)
    m.on('mousemove', 'development_land-fill', move)
    m.on('mouseleave', 'development_land-fill', leave)
    return () => {
      m.off('mousemove', 'development_land-fill', move)
      m.off('mouseleave', 'development_land-fill', leave)
    }
  }, [map, active])
}

/**
 * MapView calls this first on every click: in "add a site" mode the click places a
 * hypothetical hospital and nothing else happens. Returns whether it handled the click.
 */
export function handleAnalysisClick(e: { lngLat: { lng: number; lat: number } }): boolean {
  const s = useAtlas.getState()
  if (!s.analysisOpen || !s.addMode) return false
  s.addFacilityAt([e.lngLat.lng, e.lngLat.lat], translator(s.language)('analysis.whatIf.newSite'))
  return true
}

export const analysisOverlay: MapOverlay = { id: 'analysis', Layers: AnalysisLayers, onClick: handleAnalysisClick }
