import type { MapRef } from '@vis.gl/react-maplibre'
import { useEffect } from 'react'
import { fitBbox } from '../map/commands.ts'
import { useAtlas } from '../store/index.ts'
import { openTheme } from './theme-slice.ts'

/** Fits the theme's extent whenever a theme opens while the map is already on screen. */
export function useThemeFit(mapRef: React.RefObject<MapRef | null>): void {
  const request = useAtlas((s) => s.themeFitRequest)
  useEffect(() => {
    const map = mapRef.current?.getMap()
    const theme = openTheme(useAtlas.getState())
    if (!map || !theme || request === 0) return
    fitBbox(map, theme.bbox)
  }, [request, mapRef])
}
