import './pool.css'
import { compensationStatuses, MANUAL_TRANSITIONS, type CompensationStatus } from '@regiopol/geodata/catalogue'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { reloadLayer, type AtlasFeature } from '../data/feature-cache.ts'
import { pick } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { HistoryChanges } from './HistoryChanges.tsx'
import { changeStatus, fetchBookings, fetchHistory, reservePoints, type Booking, type HistoryEntry, type LedgerArea } from './api.ts'
import { EditArea } from './EditArea.tsx'
import { LedgerList } from './LedgerList.tsx'
import { canEditArea, canReserve } from './permissions.ts'
import { MunicipalityOptions } from '../shared/MunicipalityOptions.tsx'

/** The pool part of a compensation area's info panel: balance, ledger, history, reservation, status. */
export function PoolInfo({ feature }: { feature: AtlasFeature }) {
  const t = useT()
  const language = useLanguage()
  const signedIn = useAtlas((s) => s.account)
  // Presentation mode shows the figures without any editing tools.
  const presentation = useAtlas((s) => s.presentation)
  const account = presentation ? null : signedIn
  const id = String(feature.id)
  const p = feature.properties
  // The server's answer to our last write is newer than the layer until the layer reloads.
  const [latest, setLatest] = useState<LedgerArea | null>(null)
  const featureVersion = p.version === undefined ? undefined : Number(p.version)
  const fresh = latest && String(latest.id) === id && (featureVersion === undefined || latest.version > featureVersion) ? latest : null
  const version = fresh?.version ?? featureVersion
  const total = fresh?.eco_points_total ?? Number(p.eco_points_total ?? 0)
  const available = fresh?.eco_points_available ?? Number(p.eco_points_available ?? 0)
  const status = (fresh?.status ?? String(p.status ?? '')) as CompensationStatus
  const statusLabel = compensationStatuses.find((s) => s.value === status)
  const [ledger, setLedger] = useState<{ bookings: Booking[]; history: HistoryEntry[] } | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  const refresh = useCallback(() => {
    if (!account) return
    Promise.all([fetchBookings(id), fetchHistory(id)]).then(
      ([bookings, history]) => {
        setLedger({ bookings, history })
        setLoadError(null)
      },
      (err: unknown) => setLoadError(err instanceof Error ? err.message : String(err)),
    )
  }, [account, id])
  useEffect(() => {
    setLedger(null)
    refresh()
  }, [refresh])

  const afterWrite = useCallback((area?: LedgerArea | null) => {
    setLatest(area ?? null)
    refresh()
    void reloadLayer('compensation_areas')
  }, [refresh])

  return (
    <section className="pool-info" aria-label={t('pool.ledger')}>
      <p className="pool-balance" data-available={available} data-total={total}>
        {t('pool.balance', { available, total })}
      </p>
      <p className="pool-status" data-status={status}>
        {t('pool.status')}: <span className="status-chip" style={{ borderColor: statusLabel?.color }}>{statusLabel ? pick(statusLabel.label, language) : status}</span>
      </p>
      {!account && !presentation && <p className="muted">{t('pool.signInForLedger')}</p>}
      {loadError && <p className="pool-error">{t('pool.loadFailed', { message: loadError })}</p>}
      {canEditArea(account, p.municipality_ags) && status !== 'stillgelegt' && <EditArea areaId={id} onSaved={() => afterWrite()} />}
      {canEditArea(account, p.municipality_ags) && <StatusForm areaId={id} status={status} onDone={() => afterWrite()} />}
      {canReserve(account) && status !== 'geplant' && status !== 'stillgelegt' && <ReserveForm areaId={id} areaAgs={String(p.municipality_ags ?? '')} onDone={afterWrite} />}
      {ledger && (
        <>
          <details className="pool-ledger" open>
            <summary>
              {t('pool.ledger')} ({ledger.bookings.length})
            </summary>
            <LedgerList areaId={id} area={{ municipality_ags: p.municipality_ags, status, available }} version={version} bookings={ledger.bookings} onChanged={afterWrite} />
          </details>
          <details className="pool-history">
            <summary>
              {t('pool.history')} ({ledger.history.length})
            </summary>
            <ol>
              {ledger.history.map((h) => (
                <li key={h.id}>
                  {t('pool.historyEntry', { at: new Date(h.at).toLocaleString(language === 'de' ? 'de-DE' : 'en-GB'), action: h.action, who: h.account_email ?? '–' })}
                  {h.reason ? ` – ${h.reason}` : ''}
                  <HistoryChanges before={h.before} after={h.after} />
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  )
}

function ReserveForm({ areaId, areaAgs, onDone }: { areaId: string; areaAgs: string; onDone: (area: LedgerArea) => void }) {
  const t = useT()
  const account = useAtlas((s) => s.account)
  const [name, setName] = useState('')
  const [reference, setReference] = useState('')
  const [points, setPoints] = useState('')
  const [validUntil, setValidUntil] = useState('')
  const [ags, setAgs] = useState(account?.municipality_ags ?? areaAgs)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [open, setOpen] = useState(false)
  // "Reservieren" on an offer opens this form filled in.
  const prefill = useAtlas((s) => s.reservePrefill)
  useEffect(() => {
    if (prefill?.areaId !== areaId) return
    setName(prefill.intervention)
    setPoints(String(prefill.points))
    setOpen(true)
    useAtlas.getState().setReservePrefill(null)
  }, [prefill, areaId])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    try {
      const n = Number(points)
      const body = { kind: 'reservierung' as const, intervention_name: name, municipality_ags: account?.municipality_ags ?? ags, points: n, ...(reference ? { reference } : {}), ...(validUntil ? { valid_until: validUntil } : {}) }
      const { area } = await reservePoints(areaId, body)
      setResult({ ok: true, text: t('pool.reserved', { points: n, available: area.eco_points_available }) })
      setName('')
      setPoints('')
      onDone(area)
    } catch (err) {
      setResult({ ok: false, text: t('pool.failed', { message: err instanceof Error ? err.message : String(err) }) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="pool-reserve" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('pool.reserve')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t('pool.intervention')}
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('pool.reference')}
          <input value={reference} onChange={(e) => setReference(e.target.value)} />
        </label>
        {account?.role === 'admin' && (
          <label>
            {t('pool.municipality')}
            <select value={ags} onChange={(e) => setAgs(e.target.value)}>
              <MunicipalityOptions />
            </select>
          </label>
        )}
        <label>
          {t('pool.points')}
          <input type="number" required min={1} step={1} value={points} onChange={(e) => setPoints(e.target.value)} />
        </label>
        <label>
          {t('pool.validUntil')}
          <input type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('pool.reserveNow')}
        </button>
        {result && (
          <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'pool-ok' : 'pool-error'}>
            {result.text}
          </p>
        )}
      </form>
    </details>
  )
}

function StatusForm({ areaId, status, onDone }: { areaId: string; status: CompensationStatus; onDone: () => void }) {
  const t = useT()
  const language = useLanguage()
  const targets = MANUAL_TRANSITIONS[status] ?? []
  const [to, setTo] = useState<CompensationStatus | ''>(targets[0] ?? '')
  const [reason, setReason] = useState('')
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  useEffect(() => setTo(targets[0] ?? ''), [status]) // eslint-disable-line react-hooks/exhaustive-deps
  const label = (s: string) => {
    const def = compensationStatuses.find((x) => x.value === s)
    return def ? pick(def.label, language) : s
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!to) return
    try {
      await changeStatus(areaId, reason ? { to, reason } : { to })
      setResult({ ok: true, text: t('pool.statusChanged', { status: label(to) }) })
      setReason('')
      onDone()
    } catch (err) {
      setResult({ ok: false, text: t('pool.failed', { message: err instanceof Error ? err.message : String(err) }) })
    }
  }

  return (
    <details className="pool-status-edit">
      <summary>{t('pool.changeStatus')}</summary>
      {targets.length === 0 ? (
        <p className="muted">{t('pool.noStatusChange')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <label>
            {t('pool.statusTo')}
            <select value={to} onChange={(e) => setTo(e.target.value as CompensationStatus)}>
              {targets.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('pool.reason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit">{t('pool.apply')}</button>
        </form>
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'pool-ok' : 'pool-error'}>
          {result.text}
        </p>
      )}
    </details>
  )
}
