/**
 * Which model produced a travel time: the road network (with its source, date and
 * speed assumptions) or the straight-line estimate. Every result carries one, so
 * the UI and every print can say which model made the figure.
 *
 * @example
 * straightLineModel(travelModel('car'))
 * // { kind: 'straight-line', detourFactor: 1.3, speedKmh: 50, speedSource: '50 km/h …' }
 * networkModel(graph.meta, 'car') // { kind: 'network', source: 'regbez-detmold.osm.pbf', … }
 */
import type { NetworkMode, RoadNetworkMeta } from '@regiopol/geodata'
import { SPEED_SOURCES, type Mode, type TravelModel } from '../travel-time.ts'
import { ACCESS_KMH } from './access.ts'

export type ReachModel =
  | { kind: 'straight-line'; detourFactor: number; speedKmh: number; speedSource: string }
  | {
      kind: 'network'; mode: NetworkMode; source: string; sourceDate: string | null; attribution: string
      speedSource: string; accessKmh: number
    }

export const networkModeOf = (mode: Mode): NetworkMode => (mode === 'walk' ? 'foot' : mode)

export function straightLineModel(model: TravelModel, mode: Mode): ReachModel {
  return { kind: 'straight-line', detourFactor: model.detourFactor, speedKmh: model.speedKmh, speedSource: SPEED_SOURCES[mode] }
}

export function networkModel(meta: RoadNetworkMeta, mode: NetworkMode): ReachModel {
  return {
    kind: 'network', mode, source: meta.source, sourceDate: meta.sourceDate, attribution: meta.attribution,
    speedSource: meta.speedSource, accessKmh: ACCESS_KMH[mode],
  }
}
