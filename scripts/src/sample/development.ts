/** Development land (Bauland- und Siedlungsflächenpotenziale): ~72 invented sites. */
import { areaM2, pointInRing, type Pos, type Ring } from './geo.ts'
import type { Municipality, RailStop } from './inputs.ts'
import { de1, directions, fieldNames, localities, UniqueNames, zoneWords } from './names.ts'
import { randomPointIn, place, type Layout } from './placement.ts'
import type { Rng } from './prng.ts'
import { logUniform, multiPolygon, type ShapeSpec } from './shapes.ts'
import { nearestStop, nearestStopToRing, stopPlace } from './stops.ts'
import type { Geometry } from './output.ts'

type Use = 'wohnen' | 'gewerbe' | 'gemischt'
type Band = 'near' | 'mid' | 'far'
export interface DevProps {
  name: string
  municipality_ags: string
  use: Use
  planning_status: string
  description: string
}

const BANDS: Record<Band, { uses: [Use, number][]; ha: Record<Use, [number, number]> }> = {
  near: { uses: [['wohnen', 5], ['gemischt', 4], ['gewerbe', 1]], ha: { wohnen: [0.3, 6], gemischt: [0.4, 5], gewerbe: [1, 8] } },
  mid: { uses: [['wohnen', 4], ['gemischt', 2], ['gewerbe', 3]], ha: { wohnen: [0.5, 10], gemischt: [0.5, 8], gewerbe: [2, 25] } },
  far: { uses: [['wohnen', 3], ['gemischt', 1], ['gewerbe', 4]], ha: { wohnen: [0.5, 8], gemischt: [0.5, 6], gewerbe: [3, 40] } },
}
const STATUSES: [string, number][] = [['potenzial', 3], ['fnp', 3], ['bplan_aufstellung', 2], ['bplan_rechtskraeftig', 2], ['in_erschliessung', 1]]
const STATUS_TEXT: Record<string, string> = {
  potenzial: 'Potenzialfläche',
  fnp: 'Im Flächennutzungsplan dargestellte Fläche',
  bplan_aufstellung: 'Fläche mit Bebauungsplan in Aufstellung',
  bplan_rechtskraeftig: 'Fläche mit rechtskräftigem Bebauungsplan',
  in_erschliessung: 'In Erschließung befindliche Fläche',
}
const USE_TEXT: Record<Use, string> = { wohnen: 'Wohnbebauung', gewerbe: 'gewerbliche Nutzung', gemischt: 'eine Mischung aus Wohnen und Gewerbe' }

function shapeSpec(rng: Rng, use: Use, ha: number): ShapeSpec {
  const rect = use === 'gewerbe' ? rng.chance(0.7) : rng.chance(0.25)
  return rect
    ? { areaM2: ha * 10000, kind: 'rect', vertices: rng.int(5, 6), aspect: rng.float(1.2, 2.4), jitter: 0 }
    : { areaM2: ha * 10000, kind: 'star', vertices: rng.int(5, 9), aspect: rng.float(1, 1.9), jitter: 0.2 }
}

export function generateDevelopment(rng: Rng, munis: Municipality[], stops: RailStop[], layout: Layout, perBand = 24) {
  const names = new UniqueNames()
  const out: { geometry: Geometry; properties: DevProps }[] = []
  const byAgs = new Map(munis.map((m) => [m.ags, m]))

  const add = (m: Municipality, band: Band, centre: (r: Rng) => Pos | null, ok: (d: number) => boolean, avoid?: Pos): boolean => {
    const use = rng.weighted(BANDS[band].uses)
    const [lo, hi] = BANDS[band].ha[use]
    const ha = logUniform(rng, lo, hi)
    const ring = place(rng, layout, {
      municipality: m,
      spec: (r) => shapeSpec(r, use, ha),
      centre,
      accept: (lonLat) => ok(nearestStopToRing(stops, lonLat).d) && !(avoid && pointInRing(avoid, lonLat)),
      tries: 250,
    })
    if (!ring) return false
    out.push({ geometry: multiPolygon(ring), properties: describe(rng, names, m, band, use, ring, stops) })
    return true
  }

  // Near (< 600 m): one per municipality with a stop, then more at random stops.
  const stopAgs = [...new Set(stops.map((s) => s.ags))].sort()
  const nearStops = [...stopAgs.map((ags) => rng.pick(stops.filter((s) => s.ags === ags))), ...rng.shuffle(stops)]
  let near = 0
  for (const stop of nearStops) {
    if (near >= perBand) break
    const m = byAgs.get(stop.ags)
    if (!m) continue
    const polar = (r: Rng): Pos => {
      const a = r.float(0, 2 * Math.PI)
      const d = r.float(150, 480)
      return [stop.xy[0] + d * Math.cos(a), stop.xy[1] + d * Math.sin(a)]
    }
    if (add(m, 'near', polar, (d) => d <= 540, stop.pos)) near++
  }

  // Mid (1–3 km) and far (> 3 km): cycle through the municipalities.
  const bandRun = (band: Band, min: number, max: number): void => {
    const order = rng.shuffle(munis)
    let count = 0
    for (let round = 0; round < 4 && count < perBand; round++) {
      for (const m of order) {
        if (count >= perBand) break
        const centre = (r: Rng): Pos | null => {
          const p = randomPointIn(r, m)
          const d = nearestStop(stops, p).d
          return d >= min + 150 && d <= max - 150 ? p : null
        }
        if (add(m, band, centre, (d) => d >= min + 80 && d <= max - 80)) count++
      }
    }
  }
  bandRun('mid', 1000, 3000)
  bandRun('far', 3000, Infinity)
  return out
}

function describe(rng: Rng, names: UniqueNames, m: Municipality, band: Band, use: Use, ring: Ring, stops: RailStop[]): DevProps {
  const { stop, d } = nearestStopToRing(stops, ring)
  const zone = rng.pick(zoneWords[use])
  // Outside the near band, skip Ortsteile that have a station of their own (the name would mislead).
  const locs = (localities[m.ags] ?? []).filter((l) => band === 'near' || !stops.some((s) => s.name.includes(l)))
  const place = locs.length > 0 && rng.chance(0.5) ? `${m.name}-${rng.pick(locs)}` : m.name
  let name: string
  if (band === 'near') name = `${zone} ${rng.pick(['Am Bahnhof', 'Bahnhofsumfeld', 'An der Bahn', 'Bahnhofstraße'])} ${stopPlace(stop)}`
  else if (use === 'gewerbe') name = `${zone} ${rng.chance(0.5) ? rng.pick(directions) : rng.pick(fieldNames)}, ${place}`
  else if (use === 'gemischt' && rng.chance(0.4)) name = `${zone} Ortsmitte, ${place}`
  else name = `${zone} ${rng.pick(fieldNames)}, ${place}`
  const status = rng.weighted(STATUSES)
  const ha = areaM2(ring) / 10000
  const where =
    band === 'near'
      ? `rund ${Math.round(d / 50) * 50} m vom Bahnhof ${stop.name} entfernt`
      : band === 'mid'
        ? `etwa ${de1(d / 1000)} km vom Bahnhof ${stop.name} entfernt`
        : `ohne Schienenanbindung im Nahbereich (nächster Bahnhof ${stop.name} rund ${Math.round(d / 1000)} km)`
  return {
    name: names.make(name),
    municipality_ags: m.ags,
    use,
    planning_status: status,
    description: `${STATUS_TEXT[status]} für ${USE_TEXT[use]} (rund ${de1(ha)} ha), ${where}.`,
  }
}
