/**
 * OSM roads -> the routable graph. Ways are cut at every node that is shared by two
 * ways or ends one, so chains of degree-2 nodes become one edge that keeps its real
 * geometry; only the largest connected part of the network is kept (islands such as
 * a private estate would otherwise trap a grid cell that snaps to them). Each edge
 * gets, per mode and direction, its travel time in seconds (-1 where the mode may not
 * use it, pgRouting's convention), rounded to float32 so that the binary the worker
 * reads and the rows pgRouting reads hold the very same numbers.
 *
 * A car arc that ends at a junction (three or more car roads) costs JUNCTION_PENALTY_S
 * more (geodata road-profile.ts).
 *
 * Lengths are great-circle distances on the mean Earth radius (6,371,008.8 m),
 * within 0.3 % of the ellipsoid at these latitudes.
 *
 * @example
 * const g = buildRoadGraph(await readOsmRoads(file))
 * g.edges.length            // edges between junctions
 * g.edges[0].cost.car       // seconds from source to target by car, -1 if not allowed
 */
import { JUNCTION_PENALTY_S, NETWORK_MODES, type NetworkMode, type WayRules } from '@regiopol/geodata'
import type { OsmRoads } from './osm-read.ts'

export interface GraphEdge {
  source: number
  target: number
  osmWayId: number
  highway: string
  maxspeed: string | null
  lengthM: number
  cost: Record<NetworkMode, number>
  reverseCost: Record<NetworkMode, number>
  /** [lon, lat] pairs from source to target. */
  coords: number[]
}

export interface BuiltGraph {
  /** OSM id, longitude and latitude of every graph node (index = node id - 1 in the database). */
  osmIds: Float64Array
  lon: Float64Array
  lat: Float64Array
  edges: GraphEdge[]
}

const R = 6_371_008.8
const RAD = Math.PI / 180

export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD, dLon = (lon2 - lon1) * RAD
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)))
}

function seconds(lengthM: number, rules: WayRules, mode: NetworkMode, forward: boolean): number {
  const r = rules[mode]
  if (!r || !(forward ? r.forward : r.backward)) return -1
  return lengthM / (r.kmh / 3.6)
}

/** Cuts the ways at junctions: raw edges between OSM node indexes. */
function cutWays(roads: OsmRoads): GraphEdge[] {
  const uses = new Uint8Array(roads.lon.length)
  for (const w of roads.ways) {
    for (let i = 0; i < w.length; i++) {
      const k = roads.refs[w.start + i]!
      const end = i === 0 || i === w.length - 1
      uses[k] = Math.min(255, uses[k]! + (end ? 2 : 1))
    }
  }
  const edges: GraphEdge[] = []
  for (const w of roads.ways) {
    let from = -1, coords: number[] = [], len = 0
    for (let i = 0; i < w.length; i++) {
      const k = roads.refs[w.start + i]!
      const x = roads.lon[k]!, y = roads.lat[k]!
      if (Number.isNaN(x)) { from = -1; continue } // outside the extract: the way breaks here
      if (from < 0) { from = k; coords = [x, y]; len = 0; continue }
      len += haversineM(coords[coords.length - 2]!, coords[coords.length - 1]!, x, y)
      coords.push(x, y)
      if (uses[k]! >= 2 || i === w.length - 1) {
        if (k !== from) {
          const cost = {} as Record<NetworkMode, number>, reverseCost = {} as Record<NetworkMode, number>
          for (const m of NETWORK_MODES) { cost[m] = seconds(len, w.rules, m, true); reverseCost[m] = seconds(len, w.rules, m, false) }
          edges.push({ source: from, target: k, osmWayId: w.id, highway: w.highway, maxspeed: w.maxspeed, lengthM: len, cost, reverseCost, coords })
        }
        from = k; coords = [x, y]; len = 0
      }
    }
  }
  return edges
}

function largestComponent(n: number, edges: GraphEdge[]): Uint8Array {
  const parent = new Int32Array(n).map((_, i) => i)
  const find = (a: number): number => { while (parent[a] !== a) { parent[a] = parent[parent[a]!]!; a = parent[a]! } return a }
  for (const e of edges) parent[find(e.source)] = find(e.target)
  const size = new Int32Array(n)
  let best = -1
  for (const e of edges) for (const v of [e.source, e.target]) { const r = find(v); size[r]!++; if (best < 0 || size[r]! > size[best]!) best = r }
  const keep = new Uint8Array(n)
  for (let v = 0; v < n; v++) if (find(v) === best) keep[v] = 1
  return keep
}

export function buildRoadGraph(roads: OsmRoads): BuiltGraph {
  const raw = cutWays(roads)
  const keep = largestComponent(roads.lon.length, raw)
  const id = new Int32Array(roads.lon.length).fill(-1)
  const kept = raw.filter((e) => keep[e.source] === 1)
  let n = 0
  for (const e of kept) for (const v of [e.source, e.target]) if (id[v]! < 0) id[v] = n++
  const osmIds = new Float64Array(n), lon = new Float64Array(n), lat = new Float64Array(n)
  for (let v = 0; v < roads.lon.length; v++) {
    const k = id[v]!
    // microdegrees, as the binary stores them, so both sides see the same coordinates
    if (k >= 0) { osmIds[k] = roads.osmIds[v]!; lon[k] = Math.round(roads.lon[v]! * 1e6) / 1e6; lat[k] = Math.round(roads.lat[v]! * 1e6) / 1e6 }
  }
  // junctions for the penalty: nodes where three or more roads a car may use meet
  const degree = new Uint32Array(n)
  for (const e of kept) {
    e.source = id[e.source]!; e.target = id[e.target]!
    if (e.cost.car >= 0 || e.reverseCost.car >= 0) { degree[e.source]!++; degree[e.target]!++ }
  }
  for (const e of kept) {
    for (const m of NETWORK_MODES) {
      // a car arc that ends at a junction pays the junction penalty
      if (m === 'car' && e.cost.car >= 0 && degree[e.target]! >= 3) e.cost.car += JUNCTION_PENALTY_S
      if (m === 'car' && e.reverseCost.car >= 0 && degree[e.source]! >= 3) e.reverseCost.car += JUNCTION_PENALTY_S
      if (e.cost[m] >= 0) e.cost[m] = Math.fround(e.cost[m])
      if (e.reverseCost[m] >= 0) e.reverseCost[m] = Math.fround(e.reverseCost[m])
    }
  }
  return { osmIds, lon, lat, edges: kept }
}
