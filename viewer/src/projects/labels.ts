import { actionFields, findLayer, projectStatuses } from '@regiopol/geodata'
import { formatValue, isEmpty, optionLabel } from '../info/format-value.ts'
import { pick, translator, type Language, type MessageKey } from '../i18n/index.ts'

/* Project fields in readable German (or English): catalogue labels where the catalogue has them. */

const DEF = findLayer('projects')!

export function actionFieldLabel(value: unknown, language: Language): string {
  return optionLabel(actionFields, value, language)
}

export function actionFieldColor(value: unknown): string {
  return actionFields.find((a) => a.value === value)?.color ?? DEF.style.color
}

export function statusLabel(value: unknown, language: Language): string {
  return optionLabel(projectStatuses, value, language)
}

/** Fields the catalogue does not publish (contact, location): their labels live in the i18n file. */
const EXTRA: Record<string, MessageKey> = {
  contact_name: 'projects.field.contact_name',
  contact_role: 'projects.field.contact_role',
  contact_email: 'projects.field.contact_email',
  contact_phone: 'projects.field.contact_phone',
  contact_consent: 'projects.field.contact_consent',
  geometry: 'projects.field.geometry',
  description: 'projects.field.description',
}

export function fieldLabel(key: string, language: Language): string {
  const extra = EXTRA[key]
  if (extra) return translator(language)(extra)
  const property = DEF.properties.find((p) => p.key === key)
  return property ? pick(property.label, language) : key
}

/** A value of a history entry as text: catalogue formatting, a location as its kind. */
export function historyValue(key: string, value: unknown, language: Language): string {
  const t = translator(language)
  if (isEmpty(value)) return t('value.none')
  if (key === 'geometry') {
    const g = value as { type?: string; coordinates?: number[] }
    return g.type === 'Point' && g.coordinates ? `${t('projects.point')} ${g.coordinates.map((c) => c.toFixed(5)).join(', ')}` : t('projects.area')
  }
  if (key === 'contact_consent') return value ? t('value.yes') : t('value.no')
  const property = DEF.properties.find((p) => p.key === key)
  if (property) return formatValue(property, value, language)
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** "01.03.2024 – 31.12.2026", "seit 01.03.2024", "bis …" or nothing. */
export function periodText(start: unknown, end: unknown, language: Language): string | null {
  const t = translator(language)
  const date = DEF.properties.find((p) => p.key === 'start_date')!
  const s = isEmpty(start) ? null : formatValue(date, start, language)
  const e = isEmpty(end) ? null : formatValue(date, end, language)
  if (s && e) return `${s} – ${e}`
  if (s) return t('projects.since', { date: s })
  if (e) return t('projects.until', { date: e })
  return null
}
