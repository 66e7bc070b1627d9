import './ledger.css'
import { bookingKinds, bookingStatuses } from '@regiopol/geodata'
import { useState, type FormEvent } from 'react'
import { formatDate, formatNumber } from '../i18n/index.ts'
import { optionLabel } from '../info/format-value.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { changeBooking, type Booking, type BookingAction, type LedgerArea } from './api.ts'
import { bookingActions, type AreaForLedger } from './permissions.ts'
import { isStale, problemMessage } from '../shared/problem.ts'

export interface LedgerListProps {
  areaId: string
  area: AreaForLedger
  /** The area version the user sees; sent as If-Match so that a stale view gets 412. */
  version: number | undefined
  bookings: Booking[]
  /** After a write (with the server's new area state) or a 412 (null): reload. */
  onChanged: (area: LedgerArea | null) => void
}

/** The booking ledger of an area, with book / release / cancel for its owner. */
export function LedgerList({ areaId, area, version, bookings, onChanged }: LedgerListProps) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  if (bookings.length === 0) return <p className="muted">{t('pool.ledgerEmpty')}</p>
  return (
    <>
      <ul className="pool-ledger-list">
        {bookings.map((b) => {
          const allowed = bookingActions(account, area, b)
          return (
            <li key={b.id} data-booking={b.id} data-kind={b.kind} data-status={b.status} data-expired={b.expired || undefined}>
              <strong>{formatNumber(b.points, language)}</strong> · {optionLabel(bookingKinds, b.kind, language)} ({optionLabel(bookingStatuses, b.status, language)}
              {b.expired && <span className="pool-expired" title={t('poolLedger.expiredHint')}>, {t('poolLedger.expired')}</span>}) · {b.intervention_name}
              {b.reference ? ` · ${b.reference}` : ''} · {b.municipality}
              {b.valid_until ? ` · ${t('pool.validUntil')} ${formatDate(b.valid_until, language)}` : ''}
              {b.reason ? ` · ${b.reason}` : ''}
              {(allowed.book || allowed.release || allowed.cancel) && (
                <BookingActions
                  areaId={areaId}
                  booking={b}
                  allowed={allowed}
                  version={version}
                  onDone={(text, result) => {
                    setMessage({ ok: true, text })
                    onChanged(result)
                  }}
                  onError={(err) => {
                    setMessage({ ok: false, text: problemMessage(err, t) })
                    if (isStale(err)) onChanged(null)
                  }}
                />
              )}
            </li>
          )
        })}
      </ul>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'pool-ok' : 'pool-error'}>
          {message.text}
        </p>
      )}
    </>
  )
}

interface ActionsProps {
  areaId: string
  booking: Booking
  allowed: Record<BookingAction, boolean>
  version: number | undefined
  onDone: (text: string, area: LedgerArea) => void
  onError: (err: unknown) => void
}

/** The buttons of one row; each opens a small confirmation form (points to book, or the required reason). */
function BookingActions({ areaId, booking, allowed, version, onDone, onError }: ActionsProps) {
  const t = useT()
  const [open, setOpen] = useState<BookingAction | null>(null)
  const [points, setPoints] = useState(String(booking.points))
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!open) return
    setBusy(true)
    try {
      const body = open === 'book' ? (Number(points) === booking.points ? {} : { points: Number(points) }) : { reason }
      const { area } = await changeBooking(areaId, booking.id, open, body, version)
      setOpen(null)
      setReason('')
      onDone(t(`poolLedger.done.${open}`, { available: area.eco_points_available }), area)
    } catch (err) {
      onError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="pool-booking-actions" role="group" aria-label={t('poolLedger.actionsFor', { id: String(booking.id) })}>
      {(['book', 'release', 'cancel'] as const)
        .filter((a) => allowed[a])
        .map((a) => (
          <button key={a} type="button" data-action={a} aria-pressed={open === a} onClick={() => setOpen(open === a ? null : a)}>
            {t(`poolLedger.${a}`)}
          </button>
        ))}
      {open && (
        <form onSubmit={(e) => void submit(e)} data-form={open}>
          {open === 'book' ? (
            <label>
              {t('poolLedger.bookPoints', { points: booking.points })}
              <input type="number" required min={1} max={booking.points} step={1} value={points} onChange={(e) => setPoints(e.target.value)} />
            </label>
          ) : (
            <label>
              {t('poolLedger.reasonRequired')}
              <input required minLength={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
            </label>
          )}
          <div className="pool-actions">
            <button type="submit" disabled={busy}>
              {t('poolLedger.confirm')}: {t(`poolLedger.${open}`)}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('poolLedger.abort')}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
