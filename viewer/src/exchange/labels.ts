import { exchangeCategories, exchangeTypes } from '@regiopol/geodata'
import type { Language } from '../i18n/index.ts'
import { optionLabel } from '../info/format-value.ts'

/* Type and category of a post in readable German (or English), from the catalogue enums. */

export function typeLabel(value: unknown, language: Language): string {
  return optionLabel(exchangeTypes, value, language)
}

export function typeColor(value: unknown): string {
  return exchangeTypes.find((x) => x.value === value)?.color ?? '#555555'
}

export function categoryLabel(value: unknown, language: Language): string {
  return optionLabel(exchangeCategories, value, language)
}
