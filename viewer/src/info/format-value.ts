import type { EnumOption, PropertyDef } from '@regiopol/geodata'
import { formatDate, formatNumber, pick, translator, type Language } from '../i18n/index.ts'

/** True for values the info panel and table leave empty. */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** The catalogue's label of an enum value in the language; the value itself when the catalogue has no option for it. */
export function optionLabel(options: readonly EnumOption[], value: unknown, language: Language): string {
  const option = options.find((o) => o.value === value)
  return option ? pick(option.label, language) : String(value ?? '')
}

/**
 * A property value as people read it: catalogue labels for enums, de-DE numbers with
 * the catalogue unit (1.234,5 ha), dd.mm.yyyy dates, ja/nein, lists joined by commas.
 */
export function formatValue(property: PropertyDef, value: unknown, language: Language): string {
  const t = translator(language)
  if (isEmpty(value)) return t('value.none')
  const unit = property.unit ? ` ${property.unit}` : ''
  const label = (v: unknown) => optionLabel(property.options ?? [], v, language)
  switch (property.type) {
    case 'integer':
    case 'number':
      return typeof value === 'number' ? `${formatNumber(value, language, property.type === 'integer' ? 0 : 2)}${unit}` : `${String(value)}${unit}`
    case 'boolean':
      return value ? t('value.yes') : t('value.no')
    case 'date':
      return formatDate(String(value), language)
    case 'enum':
      return label(value)
    case 'string[]':
      return Array.isArray(value) ? value.map(label).join(', ') : label(value)
    default:
      return `${String(value)}${unit}`
  }
}

/** Sort key for table columns: numbers as numbers, everything else as German text. */
export function compareValues(a: unknown, b: unknown): number {
  if (isEmpty(a)) return isEmpty(b) ? 0 : 1
  if (isEmpty(b)) return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b), 'de', { numeric: true })
}
