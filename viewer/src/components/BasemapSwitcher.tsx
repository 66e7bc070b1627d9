import { BASEMAPS, type BasemapId } from '../map/basemaps.ts'
import type { MessageKey } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useT } from '../store/hooks.ts'

/** Offline basemap by default; online ones only when chosen, with a hint that they load from the internet. */
export function BasemapSwitcher() {
  const t = useT()
  const basemap = useAtlas((s) => s.basemap)
  const setBasemap = useAtlas((s) => s.setBasemap)
  return (
    <div className="basemap-switcher field">
      <label htmlFor="basemap-select">{t('basemap.label')}</label>
      <select id="basemap-select" value={basemap} onChange={(e) => setBasemap(e.target.value as BasemapId)} aria-describedby="basemap-hint">
        {BASEMAPS.map((b) => (
          <option key={b} value={b}>
            {t(`basemap.${b}` as MessageKey)}
          </option>
        ))}
      </select>
      <span id="basemap-hint" className="muted small">
        {t('basemap.onlineHint')}
      </span>
    </div>
  )
}
