import { Hono } from 'hono'
import type { Sql } from 'postgres'
import { latestRoadNetwork, roadNetworkBinary } from './queries.ts'
import { NotFound } from '../../errors.ts'

const NO_NETWORK = 'Es ist kein Straßennetz importiert (npm run import:osm -w scripts -- <Datei.osm.pbf>); die Erreichbarkeit wird mit Luftlinie × Umwegfaktor geschätzt.'

/**
 * The imported road network: its metadata (source, date, ODbL attribution, counts)
 * and the routable graph as one binary (geodata/src/network/graph-binary.ts),
 * cached by the network id, which a new import changes.
 */
export function network(sql: Sql) {
  return new Hono()
    .get('/', async (c) => {
      const row = await latestRoadNetwork(sql)
      if (!row) throw new NotFound(NO_NETWORK)
      return c.json({
        id: row.id, source: row.source, sourceDate: row.source_date, importedAt: row.imported_at,
        attribution: row.attribution, speedSource: row.speed_source, nodes: row.node_count, edges: row.edge_count,
        graphBytes: Number(row.graph_bytes), links: [{ rel: 'graph', href: `/api/network/graph.bin?v=${row.id}`, type: 'application/octet-stream' }],
      })
    })
    .get('/graph.bin', async (c) => {
      const row = await latestRoadNetwork(sql)
      if (!row) throw new NotFound(NO_NETWORK)
      const etag = `"road-network-${row.id}"`
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag })
      const bytes = await roadNetworkBinary(sql, row.id)
      if (!bytes) throw new NotFound(NO_NETWORK)
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': 'application/octet-stream', ETag: etag, 'Cache-Control': 'no-cache',
      })
    })
}
