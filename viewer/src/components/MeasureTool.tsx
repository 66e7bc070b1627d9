import { useEffect } from 'react'
import { formatArea, formatDistance, pathLength, polygonArea } from '../measure/measure.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'

/** Distance (m/km) and area (ha) measurement by clicking into the map; Esc stops. */
export function MeasureTool() {
  const t = useT()
  const language = useLanguage()
  const mode = useAtlas((s) => s.measureMode)
  const points = useAtlas((s) => s.measurePoints)
  const setMode = useAtlas((s) => s.setMeasureMode)
  const clear = useAtlas((s) => s.clearMeasure)

  useEffect(() => {
    if (!mode) return
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMode(null)
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [mode, setMode])

  return (
    <div className="measure-tool" role="group" aria-label={t('measure.title')}>
      <button type="button" aria-pressed={mode === 'distance'} onClick={() => setMode(mode === 'distance' ? null : 'distance')}>
        {t('measure.distance')}
      </button>
      <button type="button" aria-pressed={mode === 'area'} onClick={() => setMode(mode === 'area' ? null : 'area')}>
        {t('measure.area')}
      </button>
      {mode && (
        <div className="measure-result" aria-live="polite">
          <p className="small">{t('measure.hint')}</p>
          {mode === 'distance' && (
            <p>
              {t('measure.length')}: <strong data-testid="measure-value">{formatDistance(pathLength(points), language)}</strong>
            </p>
          )}
          {mode === 'area' && (
            <p>
              {t('measure.areaResult')}: <strong data-testid="measure-value">{formatArea(polygonArea(points), language)}</strong>
            </p>
          )}
          <button type="button" onClick={clear}>
            {t('measure.clear')}
          </button>{' '}
          <button type="button" onClick={() => setMode(null)}>
            {t('measure.stop')}
          </button>
        </div>
      )}
    </div>
  )
}
