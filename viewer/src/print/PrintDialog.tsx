import type { MapRef } from '@vis.gl/react-maplibre'
import { useEffect, useRef, useState } from 'react'
import { analysisLegendEntries } from '../analysis-ui/AnalysisLegend.tsx'
import { getLayerData, loadLayer } from '../data/feature-cache.ts'
import { formatNumber, pick, translator } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { openTheme } from '../themes/theme-slice.ts'
import { healthModelNote, mapPrintContent } from './content.ts'
import { downloadBlob, exportPdf, exportPng, fileSlug } from './export.ts'
import { DPIS, FORMATS, layoutBoxes, pagePixels, type Orientation, type PrintLayout } from './paper.ts'
import { labelAnchors } from './map-labels.ts'
import { renderMapImage } from './render-map.ts'
import { PRINT_SCALES } from './print-slice.ts'
import './print.css'

/** The map's own municipality name layers (thematic and offline basemap), replaced by text in the print. */
const MUNICIPALITY_LABEL_LAYERS = ['municipalities-label', 'basemap-municipality-names']

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string }

/** The header button that opens the print dialog. */
export function PrintButton() {
  const t = useT()
  const open = useAtlas((s) => s.setPrintDialogOpen)
  return (
    <button type="button" onClick={() => open(true)}>
      {t('print.open')}
    </button>
  )
}

async function exportMap(map: MapRef, layout: PrintLayout, title: string, kind: 'pdf' | 'png'): Promise<string> {
  const s = useAtlas.getState()
  const t = translator(s.language)
  const box = layoutBoxes(layout).map
  // Municipality names go on the page as text (map-labels.ts), in place of the map's own labels.
  await loadLayer('municipalities')
  const anchors = labelAnchors(getLayerData('municipalities').features, 'name', 'population')
  const image = await renderMapImage(map.getMap(), { widthMm: box.w, heightMm: box.h, dpi: layout.dpi, scale: s.printScale, labels: { anchors, replaces: MUNICIPALITY_LABEL_LAYERS } })
  // The analysis surface is part of the map image, so its classes belong in the legend too.
  const extraLegend = s.analysisOpen ? [{ label: t('analysis.legend.title') }, ...analysisLegendEntries(s.analysisTab, s.health, t, s.language, s.scenario)] : []
  // The minutes on a health map are a model's estimates: the print says which model made them.
  const extraNotes = s.analysisOpen && s.analysisTab === 'health' ? [healthModelNote(s.health.mode, t)] : []
  const content = mapPrintContent({ title, visible: s.visible, filters: s.filters, basemap: s.basemap, language: s.language, t, map: image, extraLegend, extraNotes })
  const blob = kind === 'pdf' ? await exportPdf(layout, content) : await exportPng(layout, content)
  const today = new Date().toISOString().slice(0, 10)
  const file = `${fileSlug(title)}-${layout.format.toLowerCase()}-${layout.orientation === 'landscape' ? 'quer' : 'hoch'}-${layout.dpi}dpi-${today}.${kind}`
  downloadBlob(blob, file)
  return file
}

/** Format, orientation, resolution and title; saves the map as PDF or PNG at print resolution. */
export function PrintDialog({ mapRef }: { mapRef: React.RefObject<MapRef | null> }) {
  const t = useT()
  const language = useLanguage()
  const open = useAtlas((s) => s.printDialogOpen)
  const setOpen = useAtlas((s) => s.setPrintDialogOpen)
  const layout = useAtlas((s) => s.printLayout)
  const setLayout = useAtlas((s) => s.setPrintLayout)
  const scale = useAtlas((s) => s.printScale)
  const setScale = useAtlas((s) => s.setPrintScale)
  const ref = useRef<HTMLDialogElement>(null)
  const [title, setTitle] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      const theme = openTheme(useAtlas.getState())
      setTitle(theme ? pick(theme.title, language) : t('print.defaultTitle'))
      setStatus({ kind: 'idle' })
      dialog.showModal()
    } else if (!open && dialog.open) dialog.close()
  }, [open, language, t])

  const run = async (kind: 'pdf' | 'png') => {
    if (!mapRef.current) return
    setStatus({ kind: 'busy' })
    try {
      const file = await exportMap(mapRef.current, layout, title.trim() || t('print.defaultTitle'), kind)
      setStatus({ kind: 'done', file })
    } catch (err) {
      setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }
  const px = pagePixels(layout)
  const busy = status.kind === 'busy'

  return (
    <dialog ref={ref} className="print-dialog" aria-labelledby="print-dialog-title" onClose={() => setOpen(false)}>
      <form method="dialog" onSubmit={(e) => e.preventDefault()}>
        <h2 id="print-dialog-title">{t('print.title')}</h2>
        <label className="field">
          {t('print.mapTitle')}
          <input type="text" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="print-options">
          <label className="field">
            {t('print.format')}
            <select value={layout.format} onChange={(e) => setLayout({ format: e.target.value as PrintLayout['format'] })}>
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('print.orientation')}</legend>
            {(['landscape', 'portrait'] as Orientation[]).map((o) => (
              <label key={o} className="check-row">
                <input type="radio" name="print-orientation" checked={layout.orientation === o} onChange={() => setLayout({ orientation: o })} />
                {t(o === 'landscape' ? 'print.landscape' : 'print.portrait')}
              </label>
            ))}
          </fieldset>
          <label className="field">
            {t('print.dpi')}
            <select value={layout.dpi} onChange={(e) => setLayout({ dpi: Number(e.target.value) as PrintLayout['dpi'] })}>
              {DPIS.map((d) => (
                <option key={d} value={d}>
                  {t('print.dpiValue', { dpi: String(d) })}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('print.scaleChoice')}
            <select value={scale ?? ''} onChange={(e) => setScale(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('print.scaleScreen')}</option>
              {PRINT_SCALES.map((n) => (
                <option key={n} value={n}>
                  1 : {formatNumber(n, language, 0)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted small">{t('print.size', { width: px.width, height: px.height })}</p>
        <div className="print-actions">
          <button type="button" disabled={busy} onClick={() => void run('pdf')}>
            {t('print.pdf')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('png')}>
            {t('print.png')}
          </button>
          <button type="button" onClick={() => setOpen(false)} aria-label={t('print.close')}>
            ×
          </button>
        </div>
        <p role="status" className="print-status" data-state={status.kind}>
          {status.kind === 'busy' && t('print.rendering')}
          {status.kind === 'done' && t('print.done', { file: status.file })}
          {status.kind === 'failed' && t('print.failed', { message: status.message })}
        </p>
      </form>
    </dialog>
  )
}
