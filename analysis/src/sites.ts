/**
 * Bauland an der Schiene: for each development site the nearest rail stop
 * (from the site's area centroid, EPSG:25832), the straight-line distance, walk
 * and bike minutes, the share of its area inside the chosen stop catchment (the
 * union of circles of `catchmentM` around all stops), the stop's service level,
 * and the car time to the nearest active hospital.
 *
 * @example
 * const ctx = prepareSiteContext(stops, hospitals, activeMask(hospitals, ['krankenhaus']))
 * const rows = analyseSites(sitesFromGeoJSON(fc), ctx, { catchmentM: 1200 })
 * rows[0] // { id, nearestStopName: 'Paderborn Hbf', distanceM: 812, walkMin: 14.1, catchmentShare: 0.63, ... }
 */
import { catchmentShare } from './catchment-share.ts'
import { nearestActive, type FacilitySet } from './facilities.ts'
import type { SiteInput, StopInput } from './inputs.ts'
import { PointIndex } from './nearest.ts'
import { areaOf, centroidOf, distanceRange, projectPolygon } from './polygon.ts'
import { toUtm32 } from './projection.ts'
import { stopServiceLabel, stopServiceScore } from './stop-service.ts'
import { minutesPerMetre, travelModel, type TravelModel } from './travel-time.ts'

export interface SiteContext {
  stops: readonly StopInput[]
  stopIndex: PointIndex
  hospitals: FacilitySet | null
  hospitalMask: Uint8Array | null
}

export interface SiteOptions {
  catchmentM: number
  walk: TravelModel
  bike: TravelModel
  car: TravelModel
}

export interface SiteRow {
  id: string
  name: string
  municipalityAgs: string | null
  use: string
  planningStatus: string | null
  areaHa: number
  nearestStopId: string | null
  nearestStopName: string | null
  distanceM: number
  walkMin: number
  bikeMin: number
  catchmentShare: number
  stopCategory: number | null
  stopProducts: string[]
  stopService: number
  stopServiceLabel: string
  hospitalName: string | null
  hospitalCarMin: number
}

export function prepareSiteContext(
  stops: readonly StopInput[], hospitals: FacilitySet | null = null, hospitalMask: Uint8Array | null = null,
): SiteContext {
  const xs = new Float64Array(stops.length), ys = new Float64Array(stops.length)
  stops.forEach((s, i) => { [xs[i], ys[i]] = toUtm32(s.lon, s.lat) })
  return { stops, stopIndex: new PointIndex(xs, ys), hospitals, hospitalMask }
}

export function defaultSiteOptions(overrides: Partial<SiteOptions> = {}): SiteOptions {
  return { catchmentM: 1200, walk: travelModel('walk'), bike: travelModel('bike'), car: travelModel('car'), ...overrides }
}

export function analyseSites(sites: readonly SiteInput[], ctx: SiteContext, options: Partial<SiteOptions> = {}): SiteRow[] {
  const o = defaultSiteOptions(options)
  const walkK = minutesPerMetre(o.walk), bikeK = minutesPerMetre(o.bike), carK = minutesPerMetre(o.car)
  const { stopIndex } = ctx
  const scratch = { i1: -1, d1: 0, i2: -1, d2: 0 }
  return sites.map((site) => {
    const parts = projectPolygon(site.geometry)
    const area = areaOf(parts)
    const [cx, cy] = centroidOf(parts)
    const near = stopIndex.nearest2(cx, cy, null, scratch)
    const stop = near.i1 >= 0 ? ctx.stops[near.i1]! : null
    const distanceM = near.d1
    let share = 0
    if (stop) {
      const reach = distanceRange(parts, cx, cy).max
      const centres = stopIndex
        .within(cx, cy, o.catchmentM + reach)
        .map((i) => [stopIndex.xs[i]!, stopIndex.ys[i]!] as [number, number])
      share = catchmentShare(parts, area, centres, o.catchmentM)
    }
    let hospitalName: string | null = null
    let hospitalCarMin = Infinity
    if (ctx.hospitals && ctx.hospitalMask) {
      const h = nearestActive(ctx.hospitals, cx, cy, ctx.hospitalMask)
      if (h.i1 >= 0) {
        hospitalName = ctx.hospitals.items[h.i1]!.name
        hospitalCarMin = h.d1 * carK + o.car.overheadMin
      }
    }
    return {
      id: site.id, name: site.name, municipalityAgs: site.municipalityAgs, use: site.use,
      planningStatus: site.planningStatus, areaHa: area / 10_000,
      nearestStopId: stop?.id ?? null, nearestStopName: stop?.name ?? null, distanceM,
      walkMin: distanceM * walkK + o.walk.overheadMin, bikeMin: distanceM * bikeK + o.bike.overheadMin,
      catchmentShare: share,
      stopCategory: stop?.category ?? null, stopProducts: stop?.products ?? [],
      stopService: stop ? stopServiceScore(stop) : 0, stopServiceLabel: stop ? stopServiceLabel(stop) : 'unbekannt',
      hospitalName, hospitalCarMin,
    }
  })
}
