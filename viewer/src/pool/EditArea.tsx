import { findLayer, landOwnerTypes, measureTypes } from '@regiopol/geodata'
import { useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { pick } from '../i18n/index.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import { fetchArea, patchArea } from './api.ts'
import { changedFields, formFromArea, patchFrom, reapply, type AreaForm } from './edit-model.ts'
import { MunicipalityOptions } from '../shared/MunicipalityOptions.tsx'
import { isStale, problemMessage } from '../shared/problem.ts'

const layer = findLayer('compensation_areas')!

interface Loaded {
  /** The values as loaded (what the ETag stands for); the PATCH sends the difference. */
  base: AreaForm
  etag: string
}

/** "Bearbeiten": the attributes of an area, saved with PATCH and If-Match; a 412 shows what changed meanwhile. */
export function EditArea({ areaId, onSaved }: { areaId: string; onSaved: () => void }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <details className="pool-edit" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('poolLedger.edit')}</summary>
      {open && <EditForm areaId={areaId} onSaved={onSaved} />}
    </details>
  )
}

function EditForm({ areaId, onSaved }: { areaId: string; onSaved: () => void }) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [form, setForm] = useState<AreaForm | null>(null)
  const [conflict, setConflict] = useState<Loaded | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    fetchArea(areaId).then(
      (a) => {
        const base = formFromArea(a.properties)
        setLoaded({ base, etag: a.etag })
        setForm(base)
      },
      (err: unknown) => setMessage({ ok: false, text: problemMessage(err, t) }),
    )
  }, [areaId]) // eslint-disable-line react-hooks/exhaustive-deps

  if (!loaded || !form) return message ? <p role="alert" className="pool-error">{message.text}</p> : <p className="muted">{t('layer.loading')}</p>
  const set = (k: keyof AreaForm) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value })
  const label = (key: string) => pick(layer.properties.find((p) => p.key === key)!.label, language)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const properties = patchFrom(loaded.base, form)
    if (Object.keys(properties).length === 0) return setMessage({ ok: true, text: t('poolLedger.editNothing') })
    setBusy(true)
    try {
      const saved = await patchArea(areaId, loaded.etag, { properties })
      const base = formFromArea(saved.properties)
      setLoaded({ base, etag: saved.etag })
      setForm(base)
      setConflict(null)
      setMessage({ ok: true, text: t('poolLedger.editSaved', { version: String(saved.properties.version ?? '') }) })
      onSaved()
    } catch (err) {
      if (isStale(err)) {
        const current = await fetchArea(areaId)
        setConflict({ base: formFromArea(current.properties), etag: current.etag })
        setMessage(null)
        onSaved()
      } else setMessage({ ok: false, text: problemMessage(err, t) })
    } finally {
      setBusy(false)
    }
  }

  const reloadAndReapply = () => {
    if (!conflict) return
    setForm(reapply(loaded.base, form, conflict.base))
    setLoaded(conflict)
    setConflict(null)
  }

  const field = (key: keyof AreaForm, input: ReactNode, text = label(key)) => (
    <label>
      {text}
      {input}
    </label>
  )

  return (
    <form onSubmit={(e) => void submit(e)} className="pool-edit-form">
      {conflict && (
        <div role="alert" className="pool-conflict">
          <strong>{t('poolLedger.conflictTitle')}</strong>
          <p>{t('poolLedger.conflictText')}</p>
          <dl>
            {changedFields(loaded.base, conflict.base).map((k) => (
              <div key={k} data-field={k}>
                <dt>{k === 'mode' ? t('pool.pointsMode') : label(k)}</dt>
                <dd>
                  <del>{loaded.base[k] || '–'}</del> → <ins>{conflict.base[k] || '–'}</ins>
                </dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={reloadAndReapply}>
            {t('poolLedger.conflictReapply')}
          </button>
        </div>
      )}
      {field('name', <input required maxLength={200} value={form.name} onChange={set('name')} />)}
      {account?.role === 'admin' &&
        field('municipality_ags', (
          <select value={form.municipality_ags} onChange={set('municipality_ags')}>
            <MunicipalityOptions />
          </select>
        ), t('pool.municipality'))}
      {field('measure_type', (
        <select value={form.measure_type} onChange={set('measure_type')}>
          {measureTypes.map((m) => <option key={m.value} value={m.value}>{pick(m.label, language)}</option>)}
        </select>
      ))}
      <fieldset>
        <legend>{t('pool.pointsMode')}</legend>
        <label className="inline">
          <input type="radio" name={`edit-mode-${areaId}`} checked={form.mode === 'direct'} onChange={() => setForm({ ...form, mode: 'direct' })} /> {t('pool.pointsDirect')}
        </label>
        <label className="inline">
          <input type="radio" name={`edit-mode-${areaId}`} checked={form.mode === 'biotope'} onChange={() => setForm({ ...form, mode: 'biotope' })} /> {t('pool.pointsBiotope')}
        </label>
        {form.mode === 'direct'
          ? field('eco_points_total', <input type="number" required min={1} step={1} value={form.eco_points_total} onChange={set('eco_points_total')} />)
          : (
            <>
              {field('biotope_value_before', <input type="number" required min={0} step="any" value={form.biotope_value_before} onChange={set('biotope_value_before')} />)}
              {field('biotope_value_after', <input type="number" required min={0} step="any" value={form.biotope_value_after} onChange={set('biotope_value_after')} />)}
            </>
          )}
      </fieldset>
      {field('planned_date', <input type="date" value={form.planned_date} onChange={set('planned_date')} />)}
      {field('implemented_date', <input type="date" value={form.implemented_date} onChange={set('implemented_date')} />)}
      {field('land_owner_type', (
        <select value={form.land_owner_type} onChange={set('land_owner_type')}>
          <option value="">–</option>
          {landOwnerTypes.map((o) => <option key={o.value} value={o.value}>{pick(o.label, language)}</option>)}
        </select>
      ))}
      {field('authority_file_number', <input maxLength={100} value={form.authority_file_number} onChange={set('authority_file_number')} />)}
      {field('description', <textarea rows={3} maxLength={5000} value={form.description} onChange={set('description')} />)}
      {field('document_links', <textarea rows={2} value={form.document_links} onChange={set('document_links')} placeholder="https://…" />, `${label('document_links')} (${t('poolLedger.linksHint')})`)}
      <button type="submit" disabled={busy || conflict !== null}>
        {t('poolLedger.editSave')}
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'pool-ok' : 'pool-error'}>
          {message.text}
        </p>
      )}
    </form>
  )
}
