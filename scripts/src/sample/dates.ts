/** Calendar helpers on UTC dates as YYYY-MM-DD strings (no clock involved). */
import type { Rng } from './prng.ts'

const DAY = 86400000
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
const parse = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)

/** Random date between two ISO dates (inclusive). */
export function randomDate(rng: Rng, from: string, to: string): string {
  const a = parse(from)
  const b = parse(to)
  return toIso(a + rng.int(0, Math.round((b - a) / DAY)) * DAY)
}

export const addDays = (iso: string, days: number): string => toIso(parse(iso) + days * DAY)

/** The earlier of two ISO dates. */
export const minDate = (a: string, b: string): string => (a <= b ? a : b)

/** Last day of a month, e.g. endOfMonth(2026, 6) = 2026-06-30. */
export const endOfMonth = (year: number, month: number): string => toIso(Date.UTC(year, month, 0))
