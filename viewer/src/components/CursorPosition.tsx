import { toUtm32 } from '@regiopol/analysis'
import type { MapRef } from '@vis.gl/react-maplibre'
import type { MapMouseEvent } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { formatNumber } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'

/** On demand: the pointer's position in EPSG:25832 (easting/northing in metres), as planners read it in QGIS. */
export function CursorPosition({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const t = useT()
  const language = useLanguage()
  const [on, setOn] = useState(false)
  const [xy, setXy] = useState<[number, number] | null>(null)

  useEffect(() => {
    const map = mapRef.current?.getMap()
    if (!on || !map) return
    const move = (e: MapMouseEvent) => setXy(toUtm32(e.lngLat.lng, e.lngLat.lat))
    map.on('mousemove', move)
    return () => {
      map.off('mousemove', move)
      setXy(null)
    }
  }, [on, mapRef])

  const m = (v: number) => formatNumber(Math.round(v), language, 0)
  return (
    <div className="cursor-position">
      <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
        {t('cursor.toggle')}
      </button>
      {on && (
        <output data-testid="cursor-position" aria-live="off">
          {xy ? t('cursor.value', { east: m(xy[0]), north: m(xy[1]) }) : t('cursor.hint')}
        </output>
      )}
    </div>
  )
}
