import type { MapLayerMouseEvent } from '@vis.gl/react-maplibre'
import type { ComponentType } from 'react'

/*
 * What features add to the main map without the map importing them: their own layers
 * (a component mounted inside <Map>, above the catalogue layers and the measurement) and
 * a click handler that may take a click before the map selects anything. Features
 * register in app/map-overlays.ts; overlays draw and handle clicks in that order.
 */

export interface MapOverlay {
  id: string
  Layers: ComponentType
  /** True when the click was the feature's (then nothing else handles it). */
  onClick?: (e: MapLayerMouseEvent) => boolean
}

const registry: MapOverlay[] = []

export function registerOverlay(overlay: MapOverlay): void {
  if (!registry.some((o) => o.id === overlay.id)) registry.push(overlay)
}

export const registeredOverlays = (): readonly MapOverlay[] => registry

/** Offers a click to the overlays in order; true when one of them took it. */
export const overlayTookClick = (e: MapLayerMouseEvent): boolean => registry.some((o) => o.onClick?.(e) ?? false)
