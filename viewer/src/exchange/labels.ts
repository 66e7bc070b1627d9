import { exchangeCategories, exchangeTypes } from '@regiopol/geodata'
import { pick, type Language } from '../i18n/index.ts'

/* Type and category of a post in readable German (or English), from the catalogue enums. */

export function typeLabel(value: unknown, language: Language): string {
  const o = exchangeTypes.find((x) => x.value === value)
  return o ? pick(o.label, language) : String(value ?? '')
}

export function typeColor(value: unknown): string {
  return exchangeTypes.find((x) => x.value === value)?.color ?? '#555555'
}

export function categoryLabel(value: unknown, language: Language): string {
  const o = exchangeCategories.find((x) => x.value === value)
  return o ? pick(o.label, language) : String(value ?? '')
}
