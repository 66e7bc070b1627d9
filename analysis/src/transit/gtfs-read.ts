/**
 * A GTFS feed (zip) -> the tables the stop-quality analysis needs: stops, routes,
 * trips, stop_times, calendar and calendar_dates, as arrays of string records.
 * Pure JS (fflate, papaparse), so it runs in the browser and in Node alike.
 *
 * @example
 * const feed = readGtfs(new Uint8Array(await file.arrayBuffer()))
 * feed.stops.length // every stop and station of the feed
 */
import { unzipSync, strFromU8 } from 'fflate'
import Papa from 'papaparse'

export type GtfsRow = Record<string, string>

export interface GtfsFeed {
  stops: GtfsRow[]
  routes: GtfsRow[]
  trips: GtfsRow[]
  stopTimes: GtfsRow[]
  calendar: GtfsRow[]
  calendarDates: GtfsRow[]
}

const FILES = { stops: 'stops.txt', routes: 'routes.txt', trips: 'trips.txt', stopTimes: 'stop_times.txt', calendar: 'calendar.txt', calendarDates: 'calendar_dates.txt' } as const
const REQUIRED: (keyof GtfsFeed)[] = ['stops', 'routes', 'trips', 'stopTimes']

export function parseGtfsCsv(text: string): GtfsRow[] {
  const res = Papa.parse<GtfsRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() })
  return res.data
}

export function readGtfs(zip: Uint8Array): GtfsFeed {
  const files = unzipSync(zip, { filter: (f) => Object.values(FILES).includes(f.name.split('/').pop() as never) })
  const byName = new Map(Object.entries(files).map(([name, bytes]) => [name.split('/').pop()!, bytes]))
  const feed = {} as GtfsFeed
  for (const [key, name] of Object.entries(FILES) as [keyof GtfsFeed, string][]) {
    const bytes = byName.get(name)
    if (!bytes && REQUIRED.includes(key)) throw new Error(`GTFS-Datei ohne ${name}`)
    feed[key] = bytes ? parseGtfsCsv(strFromU8(bytes)) : []
  }
  if (feed.calendar.length === 0 && feed.calendarDates.length === 0) throw new Error('GTFS-Datei ohne calendar.txt und calendar_dates.txt')
  return feed
}
