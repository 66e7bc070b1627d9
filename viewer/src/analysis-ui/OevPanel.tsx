import { OEV_CLASSES, type OevResult } from '@regiopol/analysis'
import { useState } from 'react'
import { formatNumber } from '../i18n/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { runOev } from './runner.ts'

/** The next Tuesday from today, as yyyy-mm-dd (a reference weekday by default). */
function nextTuesday(): string {
  const d = new Date()
  d.setDate(d.getDate() + ((2 - d.getDay() + 7) % 7 || 7))
  return d.toISOString().slice(0, 10)
}

/** ÖV-Güteklassen: load a GTFS feed, pick a reference day, see the inhabitants per class. */
export function OevPanel() {
  const t = useT()
  const language = useLanguage()
  const [file, setFile] = useState<File | null>(null)
  const [date, setDate] = useState(nextTuesday)
  const [result, setResult] = useState<OevResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (!file) return
    setBusy(true); setError(null)
    try {
      setResult(await runOev(await file.arrayBuffer(), date.replaceAll('-', '')))
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  const total = result ? result.population.region.reduce((a, b) => a + b, 0) : 0
  const rows = result ? [...OEV_CLASSES.map((c, i) => [c, result.population.region[i + 1]!] as const), [t('analysis.oev.none'), result.population.region[0]!] as const] : []
  return (
    <details className="oev-panel" data-testid="oev-panel">
      <summary>{t('analysis.oev.title')}</summary>
      <label className="field">
        {t('analysis.oev.file')}
        <input type="file" accept=".zip,application/zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <label className="field">
        {t('analysis.oev.date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="button" disabled={!file || busy} onClick={run}>{t('analysis.oev.run')}</button>
      {error && <p role="alert" className="error">{error}</p>}
      {result && (
        <>
          <p className="muted">{t('analysis.oev.summary', { stops: result.ratedStops, date: new Date(date).toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB'), version: result.version })}</p>
          <table className="compact" data-testid="oev-table">
            <thead><tr><th scope="col">{t('analysis.oev.class')}</th><th scope="col" className="num">{t('analysis.oev.population')}</th><th scope="col" className="num">{t('analysis.oev.share')}</th></tr></thead>
            <tbody>
              {rows.map(([label, p]) => (
                <tr key={label}><td>{label}</td><td className="num">{formatNumber(p, language, 0)}</td><td className="num">{formatNumber(total > 0 ? (100 * p) / total : 0, language, 1)} %</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </details>
  )
}
