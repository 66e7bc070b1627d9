import './ledger.css'
import { pointOnFeature } from '@turf/turf'
import { useState, type FormEvent } from 'react'
import { findFeature, loadLayer } from '../data/feature-cache.ts'
import { formatNumber } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { fetchOffers, type OffersAnswer } from './api.ts'
import { MunicipalityOptions } from '../shared/MunicipalityOptions.tsx'
import { canReserve } from './permissions.ts'
import { problemMessage } from '../shared/problem.ts'

/** The header button that opens "Flächen für einen Eingriff finden" (anyone may look; reserving needs an account). */
export function OffersButton() {
  const t = useT()
  const open = useAtlas((s) => s.offersOpen)
  const setOpen = useAtlas((s) => s.setOffersOpen)
  return (
    <button type="button" aria-pressed={open} onClick={() => {
      if (!open) useAtlas.getState().setRegisterOpen(false)
      setOpen(!open)
    }}>
      {t('poolOffers.open')}
    </button>
  )
}

export function OffersPanel() {
  const open = useAtlas((s) => s.offersOpen)
  return open ? <Panel /> : null
}

/** A point inside the municipality (for municipalities shaped like a crescent the centroid may lie outside). */
async function pointIn(ags: string): Promise<[number, number] | null> {
  await loadLayer('municipalities')
  const f = findFeature('municipalities', ags)
  if (!f?.geometry) return null
  return pointOnFeature(f as never).geometry.coordinates as [number, number]
}

function Panel() {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const point = useAtlas((s) => s.offerPoint)
  const picking = useAtlas((s) => s.offersPicking)
  const { setOffersOpen, setOffersPicking, setOfferPoint, setOfferIds, setReservePrefill, select } = useAtlas.getState()
  const [ags, setAgs] = useState('')
  const [points, setPoints] = useState('')
  const [intervention, setIntervention] = useState('')
  const [answer, setAnswer] = useState<OffersAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const pickMunicipality = async (value: string) => {
    setAgs(value)
    if (value) setOfferPoint(await pointIn(value))
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!point) return setError(t('poolOffers.noPoint'))
    setBusy(true)
    setError(null)
    try {
      const result = await fetchOffers(point[0], point[1], Number(points))
      setAnswer(result)
      setOfferIds(result.offers.map((o) => String(o.id)))
    } catch (err) {
      setError(problemMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  const reserve = (areaId: number) => {
    setReservePrefill({ areaId: String(areaId), points: Number(points), intervention })
    select({ layer: 'compensation_areas', id: String(areaId) }, { fly: true })
  }

  const place = answer?.intervention
  return (
    <aside className="pool-register pool-offers" aria-labelledby="pool-offers-title">
      <h2 id="pool-offers-title">{t('poolOffers.title')}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>{t('poolOffers.where')}</legend>
          <button type="button" aria-pressed={picking} onClick={() => setOffersPicking(!picking)}>
            {t('poolOffers.pickOnMap')}
          </button>
          {picking && <p className="muted">{t('poolOffers.pickHint')}</p>}
          <label>
            {t('poolOffers.orMunicipality')}
            <select value={ags} onChange={(e) => void pickMunicipality(e.target.value)}>
              <option value="">–</option>
              <MunicipalityOptions />
            </select>
          </label>
          <p className="muted" data-point={point ? point.map((c) => c.toFixed(5)).join(',') : ''}>
            {point ? t('poolOffers.point', { lat: formatNumber(point[1], language, 4), lon: formatNumber(point[0], language, 4) }) : t('poolOffers.noPoint')}
          </p>
        </fieldset>
        <label>
          {t('poolOffers.points')}
          <input type="number" required min={1} step={1} value={points} onChange={(e) => setPoints(e.target.value)} />
        </label>
        <label>
          {t('pool.intervention')}
          <input value={intervention} maxLength={200} onChange={(e) => setIntervention(e.target.value)} />
        </label>
        <div className="pool-actions">
          <button type="submit" disabled={busy || !point}>{t('poolOffers.search')}</button>
          <button type="button" onClick={() => setOffersOpen(false)}>{t('pool.close')}</button>
        </div>
      </form>
      {error && <p role="alert" className="pool-error">{error}</p>}
      {answer && place && (
        <section aria-live="polite" className="pool-offers-result">
          <p>
            {place.municipality ? t('poolOffers.interventionIn', { municipality: place.municipality, district: place.district ?? '' }) : t('poolOffers.outside')}{' '}
            {t('poolOffers.count', { count: answer.offers.length })}
          </p>
          {answer.offers.length === 0 ? (
            <p className="muted">{t('poolOffers.none')}</p>
          ) : (
            <ol className="pool-offers-list">
              {answer.offers.map((o) => (
                <li key={o.id} data-offer={o.id}>
                  <button type="button" className="link-button" onClick={() => select({ layer: 'compensation_areas', id: String(o.id) }, { fly: true })}>
                    {o.name}
                  </button>
                  <span className="muted"> · {o.municipality}</span>
                  <br />
                  {t('poolOffers.distance', { km: formatNumber(o.distance_m / 1000, language, 1) })} · {t('poolOffers.available', { points: o.eco_points_available })}
                  {o.same_municipality && <span className="pool-badge">{t('poolOffers.sameMunicipality')}</span>}
                  {o.same_district && <span className="pool-badge">{t('poolOffers.sameDistrict')}</span>}
                  {canReserve(account) && (
                    <button type="button" className="pool-offer-reserve" aria-label={t('poolOffers.reserveArea', { name: o.name })} onClick={() => reserve(o.id)}>
                      {t('pool.reserveNow')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </aside>
  )
}
