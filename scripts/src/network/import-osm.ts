import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { openDatabase } from '@regiopol/tiles-api/db'
import { importOsmExtract } from '@regiopol/tiles-api/network'
import { prepareDatabase } from '@regiopol/tiles-api/prepare'

/*
 * Imports the road network of an OpenStreetMap extract into the database:
 *
 *   npm run import:osm -w @regiopol/scripts -- regbez-detmold.osm.pbf [--source "Geofabrik, Regierungsbezirk Detmold"] [--date 2026-12-01]
 *
 * Keeps the roads a car, a bike or a pedestrian may use, builds the routable graph
 * and stores it (road_networks, road_nodes, road_edges) for the API, which serves it
 * to the viewer's analysis. The database: DATABASE_URL when set, else the embedded
 * one in PGLITE_DATA_DIR (default .data/pglite; stop the server first). Prints the
 * progress, the time and the peak memory.
 */

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' }, date: { type: 'string' } },
})
const file = positionals[0]
if (!file) {
  console.error('usage: import:osm <extract.osm.pbf> [--source TEXT] [--date YYYY-MM-DD]')
  process.exit(2)
}

const dataDir = process.env.PGLITE_DATA_DIR || fileURLToPath(new URL('../../../.data/pglite', import.meta.url))
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, pgliteDataDir: dataDir })
let peakRss = 0
const sample = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss) }, 200)
let last = ''
try {
  await prepareDatabase(db.sql)
  const r = await importOsmExtract(db.sql, file, {
    source: values.source, sourceDate: values.date,
    onProgress: ({ phase, share }) => {
      const line = `${phase} ${Math.floor(share * 10) * 10} %`
      if (line !== last) { console.log(line); last = line }
    },
  })
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  console.log(`network ${r.networkId}: ${r.nodes} nodes, ${r.edges} edges, ${r.arcs} arcs, binary ${(r.graphBytes / 1e6).toFixed(1)} MB` +
    `${r.missingNodes ? `, ${r.missingNodes} referenced nodes outside the extract` : ''}`)
  console.log(`time ${(r.ms / 1000).toFixed(1)} s, peak memory ${(peakRss / 2 ** 20).toFixed(0)} MiB`)
} finally {
  clearInterval(sample)
  await db.close()
}
