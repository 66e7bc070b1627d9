/**
 * Which OpenStreetMap ways a car, a bike and a pedestrian may use, in which
 * direction, and how fast. The importer turns every way into arcs with these
 * rules; the viewer shows `SPEED_SOURCE` and the table next to its figures.
 *
 * Car speeds per `highway` class are the defaults of the OSRM car profile
 * (Project-OSRM/osrm-backend, profiles/car.lua); a tagged `maxspeed` replaces the
 * class speed at 80 % (OSRM's free-flow reduction). Towns need no separate
 * urban factor: their 50 km/h limit is tagged and lands at 40 km/h. Every arc
 * that ends at a junction (three or more road ends) costs JUNCTION_PENALTY_S more,
 * our stand-in for OSRM's turn and signal penalties. Bike and foot use the
 * project's fixed 15 and 4.5 km/h (the straight-line model's speeds).
 *
 * @example
 * wayRules({ highway: 'primary', maxspeed: '70' })
 * // { car: { kmh: 56, forward: true, backward: true }, bike: { kmh: 15, … }, foot: { kmh: 4.5, … } }
 * wayRules({ highway: 'motorway' }).foot // null: pedestrians may not use a motorway
 */

export type NetworkMode = 'car' | 'bike' | 'foot'
export const NETWORK_MODES: readonly NetworkMode[] = ['car', 'bike', 'foot']

export const CAR_SPEED_KMH: Readonly<Record<string, number>> = {
  motorway: 90, motorway_link: 45, trunk: 85, trunk_link: 40, primary: 65, primary_link: 30,
  secondary: 55, secondary_link: 25, tertiary: 40, tertiary_link: 20, unclassified: 25,
  residential: 25, living_street: 10, service: 15,
}
/** Ways only bikes and pedestrians use (cars never, whatever the tags say). */
const NON_MOTOR = new Set(['cycleway', 'footway', 'path', 'pedestrian', 'steps', 'track', 'bridleway'])
const NO_FOOT = new Set(['motorway', 'motorway_link'])
const NO_BIKE = new Set(['motorway', 'motorway_link', 'steps'])

export const MAXSPEED_FACTOR = 0.8
export const JUNCTION_PENALTY_S = 5
export const BIKE_KMH = 15
export const FOOT_KMH = 4.5

export const SPEED_SOURCE = {
  de: 'Pkw: Geschwindigkeiten je Straßenklasse aus dem OSRM-Pkw-Profil (car.lua), zulässige Höchstgeschwindigkeit (maxspeed) zu 80 %, 5 s je Knotenpunkt; Rad 15 km/h, zu Fuß 4,5 km/h (Projektvorgabe).',
  en: 'Car: speeds per road class from the OSRM car profile (car.lua), tagged maxspeed at 80 %, 5 s per junction; bike 15 km/h, foot 4.5 km/h (project default).',
} as const

export interface ModeRule {
  kmh: number
  forward: boolean
  backward: boolean
}
export type WayRules = Record<NetworkMode, ModeRule | null>

/** The tags the importer reads; everything else is dropped while parsing. */
export const ROAD_TAGS = [
  'highway', 'access', 'vehicle', 'motor_vehicle', 'motorcar', 'bicycle', 'foot', 'oneway',
  'oneway:bicycle', 'junction', 'maxspeed', 'motorroad', 'area',
] as const
export type RoadTags = Partial<Record<(typeof ROAD_TAGS)[number], string>>

const DENIED = new Set(['no', 'private', 'agricultural', 'forestry', 'delivery', 'emergency'])

/** The most specific access tag that is set decides (OSM access hierarchy). */
function allowed(tags: RoadTags, keys: readonly (keyof RoadTags)[]): boolean | undefined {
  for (const k of keys) {
    const v = tags[k]
    if (v !== undefined) return !DENIED.has(v)
  }
  return undefined
}

/** km/h from a maxspeed tag ("50", "30 mph", "DE:urban"), or null when unreadable. */
export function parseMaxspeed(v: string | undefined): number | null {
  if (!v) return null
  if (v === 'DE:urban') return 50
  if (v === 'DE:rural') return 100
  const m = /^(\d+(?:\.\d+)?)\s*(mph)?$/.exec(v.trim())
  if (!m) return null
  return Number(m[1]) * (m[2] ? 1.609344 : 1)
}

function direction(oneway: string | undefined, junction: string | undefined, highway: string): [boolean, boolean] {
  if (oneway === '-1') return [false, true]
  if (oneway === 'yes' || oneway === 'true' || oneway === '1') return [true, false]
  if (oneway === 'no') return [true, true]
  if (junction === 'roundabout' || highway === 'motorway' || highway === 'motorway_link') return [true, false]
  return [true, true]
}

export function wayRules(tags: RoadTags): WayRules {
  const hw = tags.highway
  const none: WayRules = { car: null, bike: null, foot: null }
  if (!hw || tags.area === 'yes') return none
  const road = hw in CAR_SPEED_KMH
  if (!road && !NON_MOTOR.has(hw)) return none
  const [fwd, bwd] = direction(tags.oneway, tags.junction, hw)

  let car: ModeRule | null = null
  if (road && allowed(tags, ['motorcar', 'motor_vehicle', 'vehicle', 'access']) !== false) {
    const max = parseMaxspeed(tags.maxspeed)
    car = { kmh: max !== null ? max * MAXSPEED_FACTOR : CAR_SPEED_KMH[hw]!, forward: fwd, backward: bwd }
  }
  const bikeDefault = !NO_BIKE.has(hw) && hw !== 'footway' && hw !== 'pedestrian' && tags.motorroad !== 'yes'
  const bikeOk = allowed(tags, ['bicycle', 'vehicle', 'access']) ?? bikeDefault
  let bike: ModeRule | null = null
  if (bikeOk && !NO_BIKE.has(hw)) {
    const bikeBoth = tags['oneway:bicycle'] === 'no'
    bike = { kmh: BIKE_KMH, forward: bikeBoth || fwd, backward: bikeBoth || bwd }
  }
  const footDefault = !NO_FOOT.has(hw) && hw !== 'cycleway' && tags.motorroad !== 'yes'
  const footOk = allowed(tags, ['foot', 'access']) ?? footDefault
  const foot = footOk && !NO_FOOT.has(hw) ? { kmh: FOOT_KMH, forward: true, backward: true } : null
  return { car, bike, foot }
}
