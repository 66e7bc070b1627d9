import type { MapRef } from '@vis.gl/react-maplibre'
import { useEffect, useState } from 'react'
import { THRESHOLD_PRESETS, DEFAULT_DETOUR_FACTOR, SPEED_SOURCES } from '@regiopol/analysis'
import { formatNumber, type MessageKey } from '../i18n/index.ts'
import { currentUrl } from '../state/url-sync.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { countedText, modelText } from './model-text.ts'
import { useAnalysisResults } from './results-store.ts'

/**
 * A printable page of the current analysis: map image, parameters, indicators and
 * sources. The map image is read in the map's own `render` event, while the
 * drawing buffer still holds the frame (no `preserveDrawingBuffer` needed).
 */
export function PrintSummary({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const t = useT()
  const language = useLanguage()
  const open = useAtlas((s) => s.printOpen)
  const setOpen = useAtlas((s) => s.setPrintOpen)
  const tab = useAtlas((s) => s.analysisTab)
  const health = useAtlas((s) => s.health)
  const catchmentM = useAtlas((s) => s.catchmentM)
  const scenario = useAtlas((s) => s.scenario)
  const r = useAnalysisResults()
  const [image, setImage] = useState<string | null>(null)

  useEffect(() => {
    const map = mapRef.current?.getMap()
    if (!open || !map) return
    map.once('render', () => setImage(map.getCanvas().toDataURL('image/png')))
    map.triggerRepaint()
    return () => setImage(null)
  }, [open, mapRef])

  if (!open) return null
  const n = (v: number, d = 1) => (Number.isFinite(v) ? formatNumber(v, language, d) : '–')
  const hv = r.healthView
  const T = health.thresholds[health.thresholds.length - 1]!
  const presets = THRESHOLD_PRESETS.filter((p) => (tab === 'health' ? p.kind === 'time' : p.kind === 'distance'))
  return (
    <div className="print-summary" role="dialog" aria-modal="true" aria-labelledby="print-heading">
      <div className="print-actions">
        <button type="button" onClick={() => window.print()}>{t('analysis.printNow')}</button>
        <button type="button" onClick={() => setOpen(false)}>{t('panel.close')}</button>
      </div>
      <h1 id="print-heading">
        {t('app.title')} – {t(tab === 'health' ? 'analysis.tab.health' : 'analysis.tab.sites')}
      </h1>
      <p className="muted print-link">{new Date().toLocaleString(language === 'de' ? 'de-DE' : 'en-GB')} · {currentUrl()}</p>
      {image ? <img className="print-map" src={image} alt={t('analysis.printMapAlt')} /> : <p>{t('map.loading')}</p>}
      <h2>{t('analysis.printParameters')}</h2>
      <ul>
        {tab === 'health' ? (
          <>
            <li>{t('analysis.health.mode')}: {t(`analysis.mode.${health.mode}` as MessageKey)}{hv?.base.model.kind === 'network' ? '' : ` (${SPEED_SOURCES[health.mode]})`}</li>
            <li>{t('analysis.health.cellSize')}: {health.cellSize} m</li>
            <li>{t('analysis.health.thresholds')}: {health.thresholds.join(', ')} min</li>
            {hv ? <li data-testid="print-model">{modelText(hv.base.model, t, language)}</li> : <li>{t('analysis.printDetour', { factor: n(DEFAULT_DETOUR_FACTOR, 1) })}</li>}
            {hv && <li>{countedText(hv.base.facilities, t)}</li>}
            <li>{t('analysis.printScenario', { off: scenario.off.length, added: scenario.added.length })}</li>
          </>
        ) : (
          <li>{t('analysis.sites.radius')}: {formatNumber(catchmentM, language, 0)} m</li>
        )}
      </ul>
      {tab === 'health' && hv && (
        <>
          {hv.deltas && hv.summaryDe.map((line) => <p key={line}><strong>{line}</strong></p>)}
          <h2>{t('analysis.indicators.title', { minutes: T })}</h2>
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">{t('analysis.col.municipality')}</th>
                <th scope="col">{t('analysis.indicators.within', { minutes: T })}</th>
                <th scope="col">{t('analysis.indicators.mean')}</th>
                <th scope="col">{t('analysis.indicators.median')}</th>
                <th scope="col">{t('analysis.indicators.worst')}</th>
                <th scope="col">{t('analysis.indicators.beyond', { minutes: T })}</th>
              </tr>
            </thead>
            <tbody>
              {[hv.current.indicators.region, ...hv.current.indicators.municipalities].map((a) => (
                <tr key={a.ags ?? 'region'}>
                  <th scope="row">{a.ags ? a.name : t('analysis.region')}</th>
                  <td>{n(a.withinShare[a.withinShare.length - 1]! * 100)} %</td>
                  <td>{n(a.meanMin)}</td>
                  <td>{n(a.medianMin)}</td>
                  <td>{n(a.worstMin)}</td>
                  <td>{n(a.beyondPop[a.beyondPop.length - 1]!, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {tab === 'sites' && r.siteResult && (
        <p>{t('analysis.printSites', { count: r.siteResult.rows.length, inside: n(r.siteResult.totals.reduce((s, x) => s + x.insideHa, 0)), outside: n(r.siteResult.totals.reduce((s, x) => s + x.outsideHa, 0)) })}</p>
      )}
      <h2>{t('analysis.printSources')}</h2>
      <ul className="sources">
        <li>{t('analysis.estimateNote')}</li>
        {tab === 'health' && <li>{t('analysis.populationNote')}</li>}
        {presets.map((p) => (
          <li key={p.id}>{p.label[language]}: {p.source}</li>
        ))}
      </ul>
    </div>
  )
}
