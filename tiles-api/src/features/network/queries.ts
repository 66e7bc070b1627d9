/**
 * Road networks in PostGIS: one import per row of road_networks with its nodes and
 * edges (the tables pgRouting reads) and the binary the viewer downloads.
 */
import type { RoadNetworkMeta } from '@regiopol/geodata'
import type { BuiltGraph } from './build-graph.ts'
import type { Db } from '../../db/queries/db.ts'

export interface RoadNetworkRow {
  id: number
  source: string
  source_date: string | null
  imported_at: string
  attribution: string
  speed_source: string
  node_count: number
  edge_count: number
  graph_bytes: number
}

const BATCH = 5000

/** Stores one import; returns its id. Runs in the caller's transaction. */
export async function insertRoadNetwork(
  tx: Db, g: BuiltGraph, meta: RoadNetworkMeta, graph: Uint8Array, onShare: (share: number) => void = () => {},
): Promise<number> {
  const [row] = await tx<{ id: number }[]>`
    insert into road_networks (source, source_date, imported_at, attribution, speed_source, node_count, edge_count, graph)
    values (${meta.source}, ${meta.sourceDate}, ${meta.importedAt}, ${meta.attribution}, ${meta.speedSource},
            ${g.lon.length}, ${g.edges.length}, ${Buffer.from(graph.buffer, graph.byteOffset, graph.byteLength)})
    returning id`
  const id = row!.id
  const total = g.lon.length + g.edges.length
  for (let s = 0; s < g.lon.length; s += BATCH) {
    const ids = [], osm = [], xs = [], ys = []
    for (let k = s; k < Math.min(g.lon.length, s + BATCH); k++) { ids.push(k + 1); osm.push(String(g.osmIds[k])); xs.push(g.lon[k]!); ys.push(g.lat[k]!) }
    await tx`insert into road_nodes (network_id, id, osm_id, geom)
      select ${id}, i, o::bigint, ST_SetSRID(ST_MakePoint(x, y), 4326)
      from unnest(${ids}::int[], ${osm}::text[], ${xs}::float8[], ${ys}::float8[]) as t(i, o, x, y)`
    onShare(Math.min(1, (s + BATCH) / total))
  }
  for (let s = 0; s < g.edges.length; s += BATCH) {
    const part = g.edges.slice(s, s + BATCH)
    const col = <T>(f: (e: (typeof part)[number], i: number) => T) => part.map(f)
    await tx`insert into road_edges (network_id, id, source, target, osm_way_id, highway, maxspeed_kmh, length_m,
        car_cost, car_reverse_cost, bike_cost, bike_reverse_cost, foot_cost, foot_reverse_cost, geom)
      select ${id}, i, s, t, w::bigint, h, nullif(regexp_replace(coalesce(ms, ''), '[^0-9.]', '', 'g'), '')::numeric, l,
             cc, cr, bc, br, fc, fr, ST_GeomFromText(g, 4326)
      from unnest(${col((_, i) => s + i + 1)}::int[], ${col((e) => e.source + 1)}::int[], ${col((e) => e.target + 1)}::int[],
                  ${col((e) => String(e.osmWayId))}::text[], ${col((e) => e.highway)}::text[], ${col((e) => e.maxspeed)}::text[],
                  ${col((e) => e.lengthM)}::float8[],
                  ${col((e) => e.cost.car)}::float8[], ${col((e) => e.reverseCost.car)}::float8[],
                  ${col((e) => e.cost.bike)}::float8[], ${col((e) => e.reverseCost.bike)}::float8[],
                  ${col((e) => e.cost.foot)}::float8[], ${col((e) => e.reverseCost.foot)}::float8[],
                  ${col((e) => wkt(e.coords))}::text[])
        as t(i, s, t, w, h, ms, l, cc, cr, bc, br, fc, fr, g)`
    onShare(Math.min(1, (g.lon.length + s + BATCH) / total))
  }
  return id
}

function wkt(coords: number[]): string {
  const pts: string[] = []
  for (let i = 0; i < coords.length; i += 2) pts.push(`${coords[i]} ${coords[i + 1]}`)
  return `LINESTRING(${pts.join(',')})`
}

/** The newest import, without its binary. */
export async function latestRoadNetwork(db: Db): Promise<RoadNetworkRow | null> {
  const [row] = await db<RoadNetworkRow[]>`
    select id, source, source_date::text, imported_at::text, attribution, speed_source, node_count, edge_count,
           octet_length(graph) as graph_bytes
    from road_networks order by id desc limit 1`
  return row ?? null
}

export async function roadNetworkBinary(db: Db, id: number): Promise<Uint8Array | null> {
  const [row] = await db<{ graph: Uint8Array }[]>`select graph from road_networks where id = ${id}`
  return row?.graph ?? null
}
