import { describe, expect, it } from 'vitest'
import { formatDate } from './dates.ts'

describe('formatDate', () => {
  it('writes an ISO date the German way by default', () => {
    expect(formatDate('2026-03-31')).toBe('31.03.2026')
  })

  it('writes the date part of a timestamp', () => {
    expect(formatDate('2026-03-31T23:10:00Z', 'en')).toBe('31/03/2026')
  })

  it('leaves what is not an ISO date unchanged', () => {
    expect(formatDate('morgen')).toBe('morgen')
  })
})
