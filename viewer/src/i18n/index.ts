import type { I18nText } from '@regiopol/geodata'
import { de, type MessageKey } from './de.ts'
import { en } from './en.ts'

export type Language = 'de' | 'en'
export const LANGUAGES: readonly Language[] = ['de', 'en']
export const messages: Record<Language, Record<MessageKey, string>> = { de, en }
export type { MessageKey }

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** A translator for one language; `{name}` placeholders are filled from params. */
export function translator(language: Language): Translate {
  const dict = messages[language]
  return (key, params) => {
    const text = dict[key]
    if (!params) return text
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? formatNumber(value, language) : value
    })
  }
}

/** A catalogue text (title, label) in the UI language. */
export function pick(text: I18nText, language: Language): string {
  return text[language]
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits }).format(value)
}

/** ISO date (yyyy-mm-dd) as dd.mm.yyyy in German, dd/mm/yyyy in English (the one formatter, in geodata). */
export { formatDate } from '@regiopol/geodata'
