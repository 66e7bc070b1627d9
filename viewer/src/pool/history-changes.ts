import { findLayer } from '@regiopol/geodata'
import { formatDate, formatNumber, pick, type Language } from '../i18n/index.ts'

/*
 * What an audit row of a compensation area changed, field by field, in readable form.
 * The audit log keeps whole rows before and after; bookkeeping columns change on every
 * write and say nothing to a reader.
 */

const BOOKKEEPING = new Set(['id', 'version', 'updated_at', 'updated_by', 'created_at', 'created_by', 'sample'])

export interface FieldChange {
  key: string
  label: string
  before: string
  after: string
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

function readable(key: string, value: unknown, language: Language): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '–'
  const property = findLayer('compensation_areas')?.properties.find((p) => p.key === key)
  const option = property?.options?.find((o) => o.value === value)
  if (option) return pick(option.label, language)
  if (typeof value === 'number') return formatNumber(value, language)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, language)
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}

/** The fields that differ between two snapshots (only objects count; a status row has just {status}). */
export function fieldChanges(before: unknown, after: unknown, language: Language): FieldChange[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !BOOKKEEPING.has(k) && !same(b[k], a[k]))
  const properties = findLayer('compensation_areas')?.properties ?? []
  return keys.map((key) => {
    const property = properties.find((p) => p.key === key)
    if (key === 'geometry') return { key, label: language === 'de' ? 'Umriss' : 'Outline', before: '', after: language === 'de' ? 'geändert' : 'changed' }
    return { key, label: property ? pick(property.label, language) : key, before: readable(key, b[key], language), after: readable(key, a[key], language) }
  })
}
