/**
 * Departures per stop and hour on a reference day, by mode: the input of the
 * ÖV-Güteklassen. A trip counts when its service runs on that date (calendar.txt
 * weekday and date range, then calendar_dates.txt exceptions); every stop time with
 * a departure between 6:00 and 20:00 counts once. Platforms are counted at their
 * parent station (the stop area a traveller sees). Modes from GTFS route_type
 * (basic and extended): rail (incl. metro), tram, bus.
 *
 * @example
 * const deps = stopDepartures(feed, '20261208') // a Tuesday outside school holidays
 * deps.get('de:05774:7000')!.perHour.rail      // 14 numbers, departures 6–7 … 19–20
 */
import type { GtfsFeed } from './gtfs-read.ts'

export type TransitMode = 'rail' | 'tram' | 'bus'
export const FIRST_HOUR = 6
export const LAST_HOUR = 20

export interface StopDepartures {
  stopId: string
  name: string
  lon: number
  lat: number
  perHour: Record<TransitMode, number[]>
  total: Record<TransitMode, number>
}

/** GTFS route_type -> mode (basic types and the extended Hierarchical Vehicle Types). */
export function modeOfRouteType(t: number): TransitMode | null {
  if (t === 0 || (t >= 900 && t < 1000)) return 'tram'
  if (t === 1 || t === 2 || t === 12 || (t >= 100 && t < 200) || (t >= 400 && t < 500)) return 'rail'
  if (t === 3 || t === 11 || (t >= 200 && t < 300) || (t >= 700 && t < 800)) return 'bus'
  return null
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/** Service ids that run on `date` (YYYYMMDD). */
export function servicesOn(feed: GtfsFeed, date: string): Set<string> {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))))
  const weekday = WEEKDAYS[d.getUTCDay()]!
  const on = new Set<string>()
  for (const c of feed.calendar) if (c[weekday] === '1' && c.start_date! <= date && date <= c.end_date!) on.add(c.service_id!)
  for (const x of feed.calendarDates) {
    if (x.date !== date) continue
    if (x.exception_type === '1') on.add(x.service_id!)
    if (x.exception_type === '2') on.delete(x.service_id!)
  }
  return on
}

const hourOf = (hhmmss: string | undefined) => (hhmmss ? Number(hhmmss.split(':')[0]) : NaN)

export function stopDepartures(feed: GtfsFeed, date: string): Map<string, StopDepartures> {
  const services = servicesOn(feed, date)
  const routeMode = new Map(feed.routes.map((r) => [r.route_id!, modeOfRouteType(Number(r.route_type))]))
  const tripMode = new Map<string, TransitMode>()
  for (const t of feed.trips) {
    const mode = routeMode.get(t.route_id!)
    if (mode && services.has(t.service_id!)) tripMode.set(t.trip_id!, mode)
  }
  const stopById = new Map(feed.stops.map((s) => [s.stop_id!, s]))
  const areaOf = (id: string) => stopById.get(id)?.parent_station || id
  const out = new Map<string, StopDepartures>()
  for (const st of feed.stopTimes) {
    const mode = tripMode.get(st.trip_id!)
    if (!mode) continue
    const h = hourOf(st.departure_time || st.arrival_time)
    if (!(h >= FIRST_HOUR && h < LAST_HOUR)) continue
    const area = areaOf(st.stop_id!)
    let d = out.get(area)
    if (!d) {
      const s = stopById.get(area)
      if (!s) continue
      const hours = () => new Array<number>(LAST_HOUR - FIRST_HOUR).fill(0)
      d = { stopId: area, name: s.stop_name ?? area, lon: Number(s.stop_lon), lat: Number(s.stop_lat), perHour: { rail: hours(), tram: hours(), bus: hours() }, total: { rail: 0, tram: 0, bus: 0 } }
      out.set(area, d)
    }
    d.perHour[mode][h - FIRST_HOUR]!++
    d.total[mode]++
  }
  return out
}
