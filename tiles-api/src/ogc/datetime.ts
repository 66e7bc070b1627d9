import { InvalidParameter } from '../errors.ts'

/**
 * A `datetime` query (OGC API - Features 1.0, 7.15.4) reduced to the days it touches:
 * our temporal properties are dates, and a date counts as the whole day (UTC), so an
 * instant or interval intersects a day exactly when the day lies between the first and
 * the last day the query touches. `undefined` ends are open (`..` or empty).
 */
export interface DayRange {
  from?: string
  to?: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
// RFC 3339 date-time; a missing zone counts as UTC, and so does the bare `2020-03-08T` some clients send.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](?:(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$/

function validDate(raw: string): boolean {
  const m = DATE.exec(raw)
  if (!m) return false
  const d = new Date(`${raw}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw
}

/** The UTC day of an instant, or undefined when it is no RFC 3339 date or date-time. */
export function dayOf(raw: string): string | undefined {
  if (validDate(raw)) return raw
  const m = DATE_TIME.exec(raw)
  if (!m || !validDate(m[1]!)) return undefined
  const [hh = '00', mm = '00', ss = '00'] = [m[2], m[3], m[4]]
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60) return undefined
  const instant = new Date(`${m[1]}T${hh}:${mm}:${ss}${m[5] ?? ''}${m[6]?.toUpperCase() ?? 'Z'}`)
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString().slice(0, 10)
}

export function parseDatetime(raw: string): DayRange {
  const fail = (why: string) =>
    new InvalidParameter('datetime', `„datetime“: ${why} Erlaubt: ein Zeitpunkt (2020-03-08 oder 2020-03-08T10:00:00Z) oder ein Intervall (2020-01-01/2020-12-31, offen mit ..).`)
  const parts = raw.split('/')
  if (parts.length > 2) throw fail(`„${raw}“ hat mehr als einen Schrägstrich.`)
  const ends = parts.map((p) => {
    if (parts.length === 2 && (p === '..' || p === '')) return undefined
    const day = dayOf(p)
    if (!day) throw fail(`„${p}“ ist kein Datum und keine Uhrzeit nach RFC 3339.`)
    return day
  })
  const [from, to = parts.length === 1 ? from : undefined] = ends
  if (parts.length === 2 && from === undefined && to === undefined) throw fail('beide Enden sind offen.')
  if (from && to && from > to) throw fail(`der Beginn ${from} liegt nach dem Ende ${to}.`)
  return { ...(from && { from }), ...(to && { to }) }
}
