import type { LayerSpecification } from 'maplibre-gl'
import { FONT_REGULAR, HALO, visibility } from './common.ts'

/** Sources of the offline basemap: the same GeoJSON the thematic layers use. */
export const BASEMAP_SOURCES = ['districts', 'municipalities', 'rail_lines'] as const

export const BACKGROUND = '#eceae4'

export interface BasemapState {
  /** Labels of the thematic layer would repeat the basemap's: hide ours then. */
  municipalityLabelsShown: boolean
  districtLabelsShown: boolean
}

/**
 * The default basemap, made from our own data so that it works with no internet: land
 * inside the districts, municipality and district boundaries, rail lines, and names.
 * Quiet greys, so that the thematic colours stand out.
 */
export function offlineBasemapLayers(state: BasemapState): LayerSpecification[] {
  return [
    { id: 'basemap-land', type: 'fill', source: 'districts', paint: { 'fill-color': '#f9f8f5' } },
    {
      id: 'basemap-municipality-boundaries',
      type: 'line',
      source: 'municipalities',
      paint: { 'line-color': '#c4c0b6', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 12, 1.2] },
    },
    { id: 'basemap-district-boundaries', type: 'line', source: 'districts', paint: { 'line-color': '#a29d92', 'line-width': 1.4 } },
    {
      id: 'basemap-rail',
      type: 'line',
      source: 'rail_lines',
      paint: { 'line-color': '#b5b1a8', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 13, 2], 'line-dasharray': [3, 2] },
    },
    {
      id: 'basemap-municipality-names',
      type: 'symbol',
      source: 'municipalities',
      minzoom: 7,
      layout: {
        visibility: visibility(!state.municipalityLabelsShown),
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-max-width': 8,
      },
      paint: { 'text-color': '#5c5850', 'text-halo-color': HALO, 'text-halo-width': 1.4 },
    },
    {
      id: 'basemap-district-names',
      type: 'symbol',
      source: 'districts',
      maxzoom: 9,
      layout: {
        visibility: visibility(!state.districtLabelsShown),
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 13,
        'text-max-width': 8,
      },
      paint: { 'text-color': '#5c5850', 'text-halo-color': HALO, 'text-halo-width': 1.4 },
    },
  ]
}
