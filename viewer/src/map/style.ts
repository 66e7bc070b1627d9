import type { StyleSpecification } from 'maplibre-gl'
import type { Language } from '../i18n/index.ts'
import { BACKGROUND } from './layers/basemap.ts'

/** Basemap layers go below this invisible layer, overlays above it. */
export const OVERLAY_ANCHOR = 'overlay-anchor'

/**
 * The style the map starts with and keeps: only a background and the anchor. Sources
 * and layers come and go as React children, so switching basemaps never replaces the
 * style (and never drops our overlays). Glyphs come from our own server.
 */
export function baseStyle(origin: string): StyleSpecification {
  return {
    version: 8,
    glyphs: `${origin}/fonts/{fontstack}/{range}.pbf`,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } },
      { id: OVERLAY_ANCHOR, type: 'background', layout: { visibility: 'none' }, paint: { 'background-color': BACKGROUND } },
    ],
  }
}

/** MapLibre's own control labels in the UI language (it only reads them at start). */
export function mapLocale(language: Language): Record<string, string> {
  if (language === 'en') return {}
  return {
    'NavigationControl.ZoomIn': 'Vergrößern',
    'NavigationControl.ZoomOut': 'Verkleinern',
    'NavigationControl.ResetBearing': 'Nach Norden ausrichten',
    'FullscreenControl.Enter': 'Vollbild',
    'FullscreenControl.Exit': 'Vollbild beenden',
    'AttributionControl.ToggleAttribution': 'Quellenangaben ein-/ausblenden',
    'Map.Title': 'Karte',
  }
}
