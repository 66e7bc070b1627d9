import { describe, expect, it } from 'vitest'
import { fontRuns } from './pdf-font.ts'

describe('the PDF font runs', () => {
  it('sends "≥" to the fallback font and keeps umlauts, dashes and "×" in Noto Sans', () => {
    expect(fontRuns('≥ 60 min')).toEqual([{ text: '≥', fallback: true }, { text: ' 60 min', fallback: false }])
    expect(fontRuns('Größe 15–20 min × 1,3 „Kreis“')).toEqual([{ text: 'Größe 15–20 min × 1,3 „Kreis“', fallback: false }])
    expect(fontRuns('a ← b → c').map((r) => r.fallback)).toEqual([false, true, false, true, false])
  })
})
