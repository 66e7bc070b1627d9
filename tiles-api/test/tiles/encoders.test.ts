import { getLayer, type LayerId } from '@regiopol/geodata'
import { describe, expect, inject, it } from 'vitest'
import { testSql } from '../support/app.ts'
import { encodeTile } from '../../src/tiles/encode.ts'
import { mvtTile, tileRows } from '../../src/tiles/query.ts'
import { decodeTile, outlineDistance, tileOf } from './support.ts'

/*
 * The embedded database has no ST_AsMVT, so its tiles are written by encode.ts from
 * SQL that spells out ST_AsMVTGeom. On the real server both run on the same rows: the
 * decoded tiles must hold the same features with the same attributes, and every
 * outline within one tile unit of the other.
 */

const sql = testSql()
const server = inject('databaseKind') === 'server'
if (!server) console.warn('SKIPPED: encoder equivalence (ST_AsMVT against encode.ts) because this run uses the embedded database, which has no ST_AsMVT')

// Over Paderborn, and at the first seed site for zoom 14 (no site lies at 8.75, 51.72).
const [site] = await sql<{ lon: number; lat: number }[]>`
  select ST_X(ST_PointOnSurface(geom)) as lon, ST_Y(ST_PointOnSurface(geom)) as lat from development_land order by id limit 1`
const cases: [LayerId, number][] = [
  ['development_land', 10], ['development_land', 12], ['development_land', 14],
  ['population_grid', 10], ['municipalities', 9], ['rail_lines', 11], ['rail_stops', 10], ['compensation_areas', 12], ['projects', 12],
]

describe.skipIf(!server)('tiles written by ST_AsMVT and by encode.ts', () => {
  for (const [id, z] of cases) {
    it(`agree for ${id} at zoom ${z}`, async () => {
      const layer = getLayer(id)
      const tile = z === 14 ? tileOf(site!.lon, site!.lat, z) : tileOf(8.75, 51.72, z)
      const native = decodeTile(await mvtTile(sql, layer, tile))[layer.sourceLayer] ?? []
      const ours = decodeTile(encodeTile(layer.sourceLayer, await tileRows(sql, layer, tile)))[layer.sourceLayer] ?? []
      expect(native.length).toBeGreaterThan(0)
      const key = (f: (typeof native)[number]) => (layer.idType === 'integer' ? String(f.id) : String(f.properties[layer.idColumn]))
      const byKey = new Map(ours.map((f) => [key(f), f]))
      expect(ours.map(key).sort()).toEqual(native.map(key).sort())
      for (const f of native) {
        const o = byKey.get(key(f))!
        expect(o.properties, key(f)).toEqual(f.properties)
        expect(o.type).toBe(f.type)
        expect(outlineDistance(o.rings, f.rings), key(f)).toBeLessThanOrEqual(1)
      }
    })
  }
})
