import type { MapRef } from '@vis.gl/react-maplibre'

export function PrintButton() {
  return null
}

export function PrintDialog(_: { mapRef: React.RefObject<MapRef | null> }) {
  return null
}
