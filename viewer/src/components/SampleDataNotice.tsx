import { layers } from '@regiopol/geodata'
import { useT, useVisibleLayers } from '../store/hooks.ts'

/** A marker on the map itself whenever a visible layer holds invented records. */
export function SampleDataNotice() {
  const t = useT()
  const visible = useVisibleLayers()
  if (!layers.some((l) => l.sample && visible.includes(l.id))) return null
  return (
    <p className="sample-map-notice" title={t('sample.title')}>
      ⚠ {t('sample.mapNotice')}
    </p>
  )
}
