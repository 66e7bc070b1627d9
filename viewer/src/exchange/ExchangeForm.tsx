import { exchangeCategories, exchangeTypes, type ExchangePoint } from '@regiopol/geodata'
import { useMemo, useState, type ReactNode } from 'react'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { pick } from '../i18n/index.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import { ProjectMap } from '../shared/ProjectMap.tsx'
import { useMunicipalities } from '../shared/useMunicipalities.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import type { PostFormValues } from './form-values.ts'

export interface ExchangeFormProps {
  initial: PostFormValues
  initialGeometry: ExchangePoint | null
  /** The municipality can be chosen (admins creating a post); otherwise it is fixed. */
  chooseMunicipality: boolean
  problems: Record<string, string>
  message: ReactNode
  busy: boolean
  /** `geometry` is undefined when the location was not touched. */
  onSubmit: (values: PostFormValues, geometry: ExchangePoint | null | undefined) => void
  onCancel: () => void
}

/** The post form: what, which kind, until when, who answers, and optionally where (a click on the map). */
export function ExchangeForm({ initial, initialGeometry, chooseMunicipality, problems, message, busy, onSubmit, onCancel }: ExchangeFormProps) {
  const t = useT()
  const language = useLanguage()
  const municipalities = useMunicipalities()
  const [v, setV] = useState(initial)
  const [geometry, setGeometry] = useState<ExchangePoint | null | undefined>(undefined)
  const point = geometry === undefined ? initialGeometry : geometry
  const feature = useMemo<AtlasFeature | null>(() => point ? { type: 'Feature', id: 'new', geometry: point, properties: { type: v.type, [ID_PROPERTY]: 'new' } } : null, [point, v.type])
  const set = <K extends keyof PostFormValues>(key: K, value: PostFormValues[K]) => setV((old) => ({ ...old, [key]: value }))
  const error = (key: string) => (key in problems ? { 'aria-invalid': true as const, 'aria-describedby': `err-${key}` } : {})
  const problem = (key: string) => (problems[key] ? <span id={`err-${key}`} className="field-error">{problems[key]}</span> : null)
  const text = (key: 'title' | 'contact_name' | 'contact_role' | 'contact_email' | 'contact_phone', label: string, type = 'text') => (
    <label>
      {label}
      <input name={key} type={type} value={v[key]} onChange={(e) => set(key, e.target.value)} {...error(key)} required={key === 'title'} />
      {problem(key)}
    </label>
  )

  return (
    <form className="project-form" onSubmit={(e) => {
      e.preventDefault()
      onSubmit(v, geometry)
    }}>
      <fieldset {...error('type')}>
        <legend>{t('exchange.type')}</legend>
        {exchangeTypes.map((o) => (
          <label key={o.value} className="inline">
            <input type="radio" name="type" value={o.value} checked={v.type === o.value} onChange={() => set('type', o.value)} />
            {pick(o.label, language)}
          </label>
        ))}
        {problem('type')}
      </fieldset>
      <div className="form-row">
        <label>
          {t('exchange.category')}
          <select name="category" value={v.category} onChange={(e) => set('category', e.target.value)} {...error('category')}>
            {exchangeCategories.map((o) => (
              <option key={o.value} value={o.value}>{pick(o.label, language)}</option>
            ))}
          </select>
          {problem('category')}
        </label>
        <label>
          {t('exchange.municipality')}
          <select name="municipality_ags" value={v.municipality_ags} disabled={!chooseMunicipality} onChange={(e) => set('municipality_ags', e.target.value)} {...error('municipality_ags')}>
            <option value="">–</option>
            {municipalities.map(([ags, name]) => (
              <option key={ags} value={ags}>{name}</option>
            ))}
          </select>
          {problem('municipality_ags')}
        </label>
      </div>
      {text('title', t('exchange.form.titleLabel'))}
      <label>
        {t('exchange.form.description')}
        <textarea name="description" rows={5} value={v.description} onChange={(e) => set('description', e.target.value)} {...error('description')} />
        {problem('description')}
      </label>
      <label>
        {t('exchange.form.expiresOn')}
        <input name="expires_on" type="date" value={v.expires_on} required onChange={(e) => set('expires_on', e.target.value)} aria-describedby="expires-help" {...error('expires_on')} />
        <span id="expires-help" className="small muted">{t('exchange.form.expiresHelp')}</span>
        {problem('expires_on')}
      </label>
      <fieldset>
        <legend>{t('exchange.contact')}</legend>
        <div className="form-row">
          {text('contact_name', t('exchange.form.contactName'))}
          {text('contact_role', t('exchange.form.contactRole'))}
        </div>
        <div className="form-row">
          {text('contact_email', t('exchange.form.contactEmail'), 'email')}
          {text('contact_phone', t('exchange.form.contactPhone'), 'tel')}
        </div>
        <label className="inline">
          <input type="checkbox" name="contact_consent" checked={v.contact_consent} onChange={(e) => set('contact_consent', e.target.checked)} />
          {t('exchange.form.consent')}
        </label>
      </fieldset>
      <fieldset {...error('location')}>
        <legend>{t('exchange.form.location')}</legend>
        <p className="small muted">{t('exchange.form.locationHelp')}</p>
        <ProjectMap layer="exchange_posts" features={feature ? [feature] : []} selectedId="new" onPick={(c) => setGeometry({ type: 'Point', coordinates: c })} label={t('exchange.form.locationHelp')} hint={t('exchange.mapHint')} className="small-map" />
        {point && (
          <p className="small">
            {t('exchange.form.locationSet', { lon: point.coordinates[0].toFixed(5), lat: point.coordinates[1].toFixed(5) })}{' '}
            <button type="button" className="link-button" onClick={() => setGeometry(null)}>{t('exchange.form.removeLocation')}</button>
          </p>
        )}
        {problem('location')}
      </fieldset>
      {message}
      <div className="project-actions">
        <button type="submit" disabled={busy}>{t('exchange.form.save')}</button>
        <button type="button" onClick={onCancel}>{t('exchange.form.cancel')}</button>
      </div>
    </form>
  )
}
