/**
 * Reads the roads of an OpenStreetMap extract (.osm.pbf) in two passes, so that a
 * 100 MB regional extract never holds more than the road nodes in memory: pass 1
 * keeps the ways some mode may use (highway, access, oneway, maxspeed; see
 * road-profile.ts in geodata) with their node references, pass 2 keeps the
 * coordinates of just those nodes. Parsing is osm-pbf-parser-node (pure JS).
 *
 * @example
 * const roads = await readOsmRoads('detmold-regbez.osm.pbf', (p) => console.log(p.phase, p.share))
 * roads.ways.length      // ways with at least one mode
 * roads.lon[roads.nodeIndex.get(123456)!] // longitude of OSM node 123456
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { wayRules, ROAD_TAGS, type RoadTags, type WayRules } from '@regiopol/geodata'
import { OSMTransform } from 'osm-pbf-parser-node'

export interface OsmWay {
  id: number
  /** Offset and length of the way's node indexes in OsmRoads.refs. */
  start: number
  length: number
  highway: string
  maxspeed: string | null
  rules: WayRules
}

export interface OsmRoads {
  ways: OsmWay[]
  /** Node indexes of all ways, back to back. */
  refs: Int32Array
  /** OSM node id -> node index. */
  nodeIndex: Map<number, number>
  osmIds: Float64Array
  lon: Float64Array
  lat: Float64Array
  /** Nodes referenced by the ways but missing from the file (cut at the extract's edge). */
  missingNodes: number
  /** Replication timestamp of the extract (ISO date), null if the header has none. */
  sourceDate: string | null
}

export interface ImportProgress {
  phase: 'ways' | 'nodes' | 'graph' | 'store'
  /** 0..1 within the phase. */
  share: number
}

interface OsmItem {
  type?: 'node' | 'way' | 'relation'
  id: number
  lat?: number
  lon?: number
  refs?: number[]
  tags?: Record<string, string>
  osmosis_replication_timestamp?: number
}

async function* items(file: string, size: number, wayTags: boolean, onBytes: (share: number) => void) {
  let read = 0
  const stream = createReadStream(file)
  stream.on('data', (c) => { read += c.length; onBytes(size > 0 ? read / size : 1) })
  const parsed = stream.pipe(new OSMTransform({ withTags: { node: false, way: wayTags ? [...ROAD_TAGS] : false, relation: false }, withInfo: false }))
  for await (const chunk of parsed as AsyncIterable<OsmItem[]>) yield* chunk
}

export async function readOsmRoads(file: string, onProgress: (p: ImportProgress) => void = () => {}): Promise<OsmRoads> {
  const { size } = await stat(file)
  const ways: OsmWay[] = []
  const nodeIndex = new Map<number, number>()
  let refs = new Int32Array(1 << 16)
  let refCount = 0
  let sourceDate: string | null = null
  for await (const it of items(file, size, true, (share) => onProgress({ phase: 'ways', share }))) {
    if (it.type === undefined && it.osmosis_replication_timestamp) {
      sourceDate = new Date(it.osmosis_replication_timestamp * 1000).toISOString().slice(0, 10)
    }
    if (it.type !== 'way' || !it.tags?.highway || !it.refs || it.refs.length < 2) continue
    const rules = wayRules(it.tags as RoadTags)
    if (!rules.car && !rules.bike && !rules.foot) continue
    if (refCount + it.refs.length > refs.length) {
      const grown = new Int32Array(Math.max(refs.length * 2, refCount + it.refs.length))
      grown.set(refs)
      refs = grown
    }
    for (const r of it.refs) {
      let k = nodeIndex.get(r)
      if (k === undefined) { k = nodeIndex.size; nodeIndex.set(r, k) }
      refs[refCount++] = k
    }
    ways.push({ id: it.id, start: refCount - it.refs.length, length: it.refs.length, highway: it.tags.highway, maxspeed: it.tags.maxspeed ?? null, rules })
  }
  const n = nodeIndex.size
  const osmIds = new Float64Array(n), lon = new Float64Array(n).fill(NaN), lat = new Float64Array(n).fill(NaN)
  for await (const it of items(file, size, false, (share) => onProgress({ phase: 'nodes', share }))) {
    if (it.type !== 'node') continue
    const k = nodeIndex.get(it.id)
    if (k === undefined) continue
    osmIds[k] = it.id; lon[k] = it.lon!; lat[k] = it.lat!
  }
  let missingNodes = 0
  for (let k = 0; k < n; k++) if (Number.isNaN(lon[k]!)) missingNodes++
  return { ways, refs: refs.subarray(0, refCount), nodeIndex, osmIds, lon, lat, missingNodes, sourceDate }
}
