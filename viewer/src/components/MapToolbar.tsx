import type { MapRef } from '@vis.gl/react-maplibre'
import { fitRegion } from '../map/commands.ts'
import { useT } from '../store/hooks.ts'
import { BasemapSwitcher } from './BasemapSwitcher.tsx'
import { MeasureTool } from './MeasureTool.tsx'

/** Tools over the map: whole region, measuring, basemap. */
export function MapToolbar({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const t = useT()
  return (
    <div className="map-toolbar">
      <button type="button" onClick={() => mapRef.current && fitRegion(mapRef.current.getMap())}>
        ⌂ {t('controls.resetRegion')}
      </button>
      <MeasureTool />
      <BasemapSwitcher />
    </div>
  )
}
