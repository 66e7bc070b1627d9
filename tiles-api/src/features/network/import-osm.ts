/**
 * One OSM import from file to database: read the roads, build the graph, store
 * nodes, edges and the binary in one transaction (a failed import leaves the
 * previous network in place). Used by the CLI (scripts/src/network/import-osm.ts).
 *
 * @example
 * const r = await importOsmExtract(sql, 'regbez-detmold.osm.pbf', { source: 'Geofabrik, Regierungsbezirk Detmold' })
 * r.networkId // the row in road_networks the API now serves
 */
import { basename } from 'node:path'
import { attributions, encodeRoadGraph, SPEED_SOURCE, type RoadNetworkMeta } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import { insertRoadNetwork } from './queries.ts'
import { buildRoadGraph } from './build-graph.ts'
import { readOsmRoads, type ImportProgress } from './osm-read.ts'
import { toRoadGraph } from './to-binary.ts'

export interface ImportResult {
  networkId: number
  nodes: number
  edges: number
  arcs: number
  graphBytes: number
  missingNodes: number
  ms: number
}

export async function importOsmExtract(
  sql: Sql, file: string, opts: { source?: string; sourceDate?: string; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportResult> {
  const t0 = performance.now()
  const progress = opts.onProgress ?? (() => {})
  const roads = await readOsmRoads(file, progress)
  progress({ phase: 'graph', share: 0 })
  const built = buildRoadGraph(roads)
  if (built.edges.length === 0) throw new Error(`${basename(file)} enthält keine Straßen, die ein Verkehrsmittel nutzen darf`)
  const meta: RoadNetworkMeta = {
    source: opts.source ?? basename(file),
    sourceDate: opts.sourceDate ?? roads.sourceDate,
    importedAt: new Date().toISOString(),
    attribution: attributions.osm.text,
    speedSource: SPEED_SOURCE.de,
  }
  const graph = toRoadGraph(built, meta)
  const bytes = encodeRoadGraph(graph)
  progress({ phase: 'graph', share: 1 })
  const networkId = await sql.begin((tx) => insertRoadNetwork(tx, built, meta, bytes, (share) => progress({ phase: 'store', share })))
  return {
    networkId, nodes: built.lon.length, edges: built.edges.length, arcs: graph.arcCount, graphBytes: bytes.byteLength,
    missingNodes: roads.missingNodes, ms: performance.now() - t0,
  }
}
