import { strToU8, zipSync } from 'fflate'

/*
 * A hand-made feed: a station served by rail every 15 minutes in both directions
 * (112 departures 6–20 h, interval 840 / 56 = 15 min: category III), a bus stop every
 * 30 minutes both ways (56, interval 30: category V) and a village stop every two
 * hours (14, interval 120: category VI). Weekend trips every 5 minutes, a trip at
 * 5:45 and one at 20:00 must not count on Tuesday 8 December 2026.
 */
const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n')
const times = (from: number, to: number, everyMin: number) => {
  const out: string[] = []
  for (let m = from * 60; m < to * 60; m += everyMin) out.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`)
  return out
}

/** The feed as zip bytes. */
export function gtfsFixture(): Uint8Array {
  const trips: string[][] = [['route_id', 'service_id', 'trip_id']]
  const stopTimes: string[][] = [['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence']]
  let n = 0
  const run = (route: string, service: string, stop: string, deps: string[]) => {
    for (const dir of ['hin', 'rueck']) {
      for (const t of deps) {
        const id = `${route}-${dir}-${n++}`
        trips.push([route, service, id])
        stopTimes.push([id, t, t, stop, '1'], [id, '23:00:00', '23:00:00', 'ende', '2'])
      }
    }
  }
  run('rb', 'wk', 'bf-gl1', [...times(6, 20, 15), '05:45:00', '20:00:00']) // 56 + 2 off-window per direction
  run('rb', 'we', 'bf-gl1', times(6, 20, 5))
  run('bus1', 'wk', 'markt', times(6, 20, 30))
  run('bus2', 'wk', 'dorf', times(6, 20, 120))
  return zipSync({
    'stops.txt': strToU8(csv([
      ['stop_id', 'stop_name', 'stop_lat', 'stop_lon', 'location_type', 'parent_station'],
      ['bf', 'Bahnhof', '51.72', '8.75', '1', ''],
      ['bf-gl1', '"Bahnhof, Gleis 1"', '51.72', '8.7501', '0', 'bf'],
      ['markt', 'Markt', '51.72', '8.80', '0', ''],
      ['dorf', 'Dorf', '51.80', '8.90', '0', ''],
      ['ende', 'Endhaltestelle', '52.50', '9.50', '0', ''],
    ])),
    'routes.txt': strToU8(csv([['route_id', 'route_short_name', 'route_type'], ['rb', 'RB 1', '2'], ['bus1', '1', '3'], ['bus2', '2', '700']])),
    'trips.txt': strToU8(csv(trips)),
    'stop_times.txt': strToU8(csv(stopTimes)),
    'calendar.txt': strToU8(csv([
      ['service_id', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'start_date', 'end_date'],
      ['wk', '1', '1', '1', '1', '1', '0', '0', '20260101', '20271231'],
      ['we', '0', '0', '0', '0', '0', '1', '1', '20260101', '20271231'],
    ])),
  })
}

