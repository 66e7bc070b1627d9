import type { MapRef } from '@vis.gl/react-maplibre'
import { fitRegion } from '../map/commands.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'
import { BasemapSwitcher } from './BasemapSwitcher.tsx'
import { CursorPosition } from './CursorPosition.tsx'
import { MeasureTool } from './MeasureTool.tsx'

/** Tools over the map: whole region, measuring, basemap (presentation mode: whole region only). */
export function MapToolbar({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const t = useT()
  const presentation = useAtlas((s) => s.presentation)
  return (
    <div className="map-toolbar">
      <button type="button" onClick={() => mapRef.current && fitRegion(mapRef.current.getMap())}>
        ⌂ {t('controls.resetRegion')}
      </button>
      {!presentation && <MeasureTool />}
      {!presentation && <BasemapSwitcher />}
      {!presentation && <CursorPosition mapRef={mapRef} />}
    </div>
  )
}
