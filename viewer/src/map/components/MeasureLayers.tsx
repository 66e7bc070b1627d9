import { Layer, Source } from '@vis.gl/react-maplibre'
import type { FeatureCollection } from 'geojson'
import { useMemo } from 'react'
import { useAtlas } from '../../store/index.ts'

/** The line or polygon being measured, with its vertices. */
export function MeasureLayers() {
  const mode = useAtlas((s) => s.measureMode)
  const points = useAtlas((s) => s.measurePoints)
  const data = useMemo<FeatureCollection>(() => {
    const coords = points.map((p) => [...p])
    const features: FeatureCollection['features'] = coords.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } }))
    if (mode === 'area' && coords.length >= 3) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...coords, coords[0]!]] } })
    else if (coords.length >= 2) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } })
    return { type: 'FeatureCollection', features }
  }, [mode, points])
  return (
    <Source id="measure" type="geojson" data={data}>
      <Layer id="measure-fill" type="fill" filter={['==', ['geometry-type'], 'Polygon']} paint={{ 'fill-color': '#EE7733', 'fill-opacity': 0.2 }} />
      <Layer id="measure-line" type="line" paint={{ 'line-color': '#000000', 'line-width': 2.5, 'line-dasharray': [2, 1] }} />
      <Layer id="measure-points" type="circle" filter={['==', ['geometry-type'], 'Point']} paint={{ 'circle-radius': 4.5, 'circle-color': '#ffffff', 'circle-stroke-color': '#000000', 'circle-stroke-width': 2 }} />
    </Source>
  )
}
