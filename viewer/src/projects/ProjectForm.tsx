import { actionFields, projectStatuses, type ProjectGeometry } from '@regiopol/geodata'
import { useMemo, useState, type FormEvent, type ReactNode } from 'react'
import { pick } from '../i18n/index.ts'
import { ID_PROPERTY } from '../map/layers/common.ts'
import type { AtlasFeature } from '../data/feature-cache.ts'
import { useAtlas } from '../store/index.ts'
import { useLanguage, useT } from '../store/hooks.ts'
import type { FormValues } from './form-values.ts'
import { lockedMunicipality } from './permissions.ts'
import { ProjectMap } from '../shared/ProjectMap.tsx'
import { useMunicipalities } from '../shared/useMunicipalities.ts'

export interface ProjectFormProps {
  initial: FormValues
  /** The stored location; the form sends a location only when the user changed it. */
  initialGeometry: ProjectGeometry | null
  problems: Record<string, string>
  message: ReactNode
  busy: boolean
  onSubmit: (values: FormValues, geometry: ProjectGeometry | null | undefined) => void
  onCancel: () => void
}

/** All fields of a project; the location is a point set by clicking the map (or none). */
export function ProjectForm({ initial, initialGeometry, problems, message, busy, onSubmit, onCancel }: ProjectFormProps) {
  const t = useT()
  const language = useLanguage()
  const account = useAtlas((s) => s.account)
  const municipalities = useMunicipalities()
  const locked = lockedMunicipality(account)
  const [v, setV] = useState<FormValues>(initial)
  const [geometry, setGeometry] = useState<ProjectGeometry | null | undefined>(undefined)
  const shown = geometry === undefined ? initialGeometry : geometry
  const feature = useMemo<AtlasFeature | null>(() => (shown ? { type: 'Feature', id: 'new', geometry: shown, properties: { action_field: v.action_field, [ID_PROPERTY]: 'new' } } : null), [shown, v.action_field])

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setV((old) => ({ ...old, [key]: value }))
  const error = (key: string) =>
    key in problems ? { 'aria-invalid': true as const, 'aria-describedby': `err-${key}` } : {}
  const problem = (key: string) => (problems[key] ? <span id={`err-${key}`} className="field-error">{problems[key]}</span> : null)
  const text = (key: keyof FormValues, label: string, props: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input value={v[key] as string} onChange={(e) => set(key, e.target.value as never)} {...error(key)} {...props} />
      {problem(key)}
    </label>
  )
  const area = (key: keyof FormValues, label: string, rows = 4, help?: string) => (
    <label>
      {label}
      <textarea rows={rows} value={v[key] as string} onChange={(e) => set(key, e.target.value as never)} {...error(key)} />
      {help && <span className="small muted">{help}</span>}
      {problem(key)}
    </label>
  )
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(v, geometry)
  }
  const toggleMunicipality = (ags: string, on: boolean) =>
    set('municipality_ags', on ? [...v.municipality_ags, ags] : v.municipality_ags.filter((a) => a !== ags))

  return (
    <form className="project-form" onSubmit={submit} noValidate>
      {text('title', t('projects.form.title'), { required: true, maxLength: 200 })}
      {area('summary', t('projects.summary'), 2)}
      {area('description', t('projects.description'), 6)}
      <div className="form-row">
        <label>
          {t('projects.actionField')}
          <select value={v.action_field} onChange={(e) => set('action_field', e.target.value)} {...error('action_field')}>
            {actionFields.map((o) => <option key={o.value} value={o.value}>{pick(o.label, language)}</option>)}
          </select>
          {problem('action_field')}
        </label>
        <label>
          {t('projects.status')}
          <select value={v.status} onChange={(e) => set('status', e.target.value)} {...error('status')}>
            {projectStatuses.map((o) => <option key={o.value} value={o.value}>{pick(o.label, language)}</option>)}
          </select>
          {problem('status')}
        </label>
        {text('start_date', t('projects.form.start'), { type: 'date' })}
        {text('end_date', t('projects.form.end'), { type: 'date' })}
      </div>
      <fieldset {...error('municipality_ags')}>
        <legend>{t('projects.municipalities')}</legend>
        <p className="small muted">{t('projects.form.municipalitiesHelp')}</p>
        <div className="municipality-choices">
          {municipalities.map(([ags, name]) => (
            <label key={ags} className="inline">
              <input type="checkbox" checked={v.municipality_ags.includes(ags)} disabled={ags === locked} onChange={(e) => toggleMunicipality(ags, e.target.checked)} />
              {name}
            </label>
          ))}
        </div>
        {problem('municipality_ags')}
      </fieldset>
      <fieldset>
        <legend>{t('projects.learning')}</legend>
        {area('problems', t('projects.problems'), 5)}
        {area('lessons_learned', t('projects.lessons'), 5)}
      </fieldset>
      {text('funding_programme', t('projects.funding'))}
      {area('links', t('projects.links'), 3, t('projects.form.linksHelp'))}
      {text('tags', t('projects.tags'), { 'aria-describedby': 'tags-help' })}
      <span id="tags-help" className="small muted">{t('projects.form.tagsHelp')}</span>
      <fieldset>
        <legend>{t('projects.form.contact')}</legend>
        <div className="form-row">
          {text('contact_name', t('projects.field.contact_name'))}
          {text('contact_role', t('projects.field.contact_role'))}
          {text('contact_email', t('projects.field.contact_email'), { type: 'email' })}
          {text('contact_phone', t('projects.field.contact_phone'), { type: 'tel' })}
        </div>
        <label className="inline">
          <input type="checkbox" checked={v.contact_consent} onChange={(e) => set('contact_consent', e.target.checked)} />
          {t('projects.field.contact_consent')}
        </label>
      </fieldset>
      <fieldset {...error('location')}>
        <legend>{t('projects.form.location')}</legend>
        <p className="small muted">{t('projects.form.locationHelp')}</p>
        <ProjectMap features={feature ? [feature] : []} selectedId="new" onPick={(c) => setGeometry({ type: 'Point', coordinates: c })} label={t('projects.form.locationHelp')} className="small-map" />
        <p role="status" className="small" data-location={shown?.type === 'Point' ? shown.coordinates.join(',') : shown ? 'area' : 'none'}>
          {shown?.type === 'Point'
            ? t('projects.form.locationAt', { lon: shown.coordinates[0].toFixed(5), lat: shown.coordinates[1].toFixed(5) })
            : shown
              ? t('projects.form.locationKeep')
              : t('projects.form.locationNone')}
        </p>
        {shown && <button type="button" onClick={() => setGeometry(null)}>{t('projects.form.removeLocation')}</button>}
        {problem('location')}
      </fieldset>
      <div className="project-actions">
        <button type="submit" disabled={busy}>{busy ? t('projects.form.saving') : t('projects.form.save')}</button>
        <button type="button" onClick={onCancel}>{t('projects.form.cancel')}</button>
      </div>
      {message}
    </form>
  )
}
