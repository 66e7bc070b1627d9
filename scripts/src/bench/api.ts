import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { getLayer, REGION, type LayerId } from '@regiopol/geodata'
import { createApp } from '@regiopol/tiles-api/app'
import { readFeaturePage } from '@regiopol/tiles-api/queries'
import type { Sql } from 'postgres'
import { medianMs, prng } from './timing.ts'
import type { BenchRow } from './types.ts'

const LAYERS: LayerId[] = ['population_grid', 'development_land', 'rail_stops', 'municipalities']
const REQUESTS = 60
/** Side of the random boxes in degrees: about 11 km north–south, a town and its surroundings. */
const BOX = 0.1

function randomBoxes(count: number): [number, number, number, number][] {
  const random = prng(42)
  const [minx, miny, maxx, maxy] = REGION.bbox
  return Array.from({ length: count }, () => {
    const x = minx + random() * (maxx - minx - BOX)
    const y = miny + random() * (maxy - miny - BOX)
    return [x, y, x + BOX * 1.6, y + BOX]
  })
}

/**
 * bbox items requests through the whole API over loopback HTTP (routing, parsing,
 * ETag, response assembly, transfer) against the same SQL statement sent directly
 * with postgres.js: the floor that the API cannot beat.
 */
export async function benchApi(sql: Sql): Promise<BenchRow[]> {
  const app = createApp({ sql, log: false })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/collections`
  const boxes = randomBoxes(REQUESTS)
  const rows: BenchRow[] = []
  try {
    for (const id of LAYERS) {
      const layer = getLayer(id)
      let j = 0
      const direct = () => readFeaturePage(sql, layer, { bbox: boxes[j++ % boxes.length]!, filters: [] }, { limit: 1000, offset: 0 })
      const baselineMs = await medianMs(direct, REQUESTS)
      for (const encoding of ['identity', 'gzip']) {
        let i = 0
        const viaApi = () =>
          fetch(`${base}/${id}/items?limit=1000&bbox=${boxes[i++ % boxes.length]!.join(',')}`, {
            headers: { 'Accept-Encoding': encoding },
          }).then((r) => r.text())
        const ms = await medianMs(viaApi, REQUESTS)
        rows.push({ name: `GET ${id}/items?bbox (HTTP, ${encoding})`, ms, baselineName: 'same SQL via postgres.js', baselineMs })
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
  return rows
}
