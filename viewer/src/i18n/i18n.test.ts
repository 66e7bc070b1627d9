import { layers } from '@regiopol/geodata'
import { describe, expect, it } from 'vitest'
import { formatDate, formatNumber, messages, translator } from './index.ts'

describe('i18n', () => {
  it('has the same keys in German and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.de).sort())
  })

  it('has no empty strings in either language', () => {
    for (const dict of Object.values(messages)) {
      expect(Object.entries(dict).filter(([, v]) => v.trim() === '')).toEqual([])
    }
  })

  it('names every layer group of the catalogue in both languages', () => {
    for (const group of new Set(layers.map((l) => l.group))) {
      expect(messages.de).toHaveProperty(`group.${group}`)
      expect(messages.en).toHaveProperty(`group.${group}`)
    }
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of Object.entries(messages.de)) {
      expect(placeholders(messages.en[key as keyof typeof messages.en]), key).toEqual(placeholders(text))
    }
  })

  it('fills placeholders with German number formatting', () => {
    expect(translator('de')('layer.countFiltered', { matched: 1234, total: 2714 })).toBe('1.234 von 2.714 Objekten')
  })

  it('formats numbers and dates the German way', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5')
    expect(formatDate('2020-03-08', 'de')).toBe('08.03.2020')
    expect(formatDate('2020-03-08', 'en')).toBe('08/03/2020')
  })
})
