import { layers, type LayerDef } from '@regiopol/geodata'
import { readLayers, shortFieldNames } from '@regiopol/geodata/io'
import { loadSqlJsNode } from '@regiopol/geodata/node'
import { describe, expect, it } from 'vitest'
import { testApp, testSql } from '../support/app.ts'

/*
 * Every collection exported as GeoPackage and as zipped Shapefile in EPSG:25832, read
 * back with the import readers and loaded into an empty table of the same database,
 * then compared there with the collection: same count, same attributes, every geometry
 * within 1 cm (Hausdorff distance in EPSG:25832, computed by PostGIS). The loading table
 * lives in a transaction that is rolled back.
 */

const sql = testSql()
const app = testApp(sql)

/** A value as the comparison sees it: lists joined as the formats write them, booleans as 0/1. */
function normal(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null
  if (Array.isArray(v)) return v.length ? v.join('; ') : null
  if (typeof v === 'boolean') return v ? '1' : '0'
  if (v === 'T' || v === 'F') return v === 'T' ? '1' : '0'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'number') return String(Math.round(v * 1e6) / 1e6)
  return String(v)
}

async function exported(layer: LayerDef, format: 'gpkg' | 'shp') {
  const res = await app.request(`/api/collections/${layer.id}/export?format=${format}&crs=25832`)
  expect(res.status).toBe(200)
  const bytes = new Uint8Array(await res.arrayBuffer())
  const { layers: read } = await readLayers(format === 'gpkg' ? 'x.gpkg' : 'x.zip', bytes, { loadSql: loadSqlJsNode })
  return read
}

/** Loads the features into an empty table and compares them with the collection in SQL. */
async function compare(layer: LayerDef, read: Awaited<ReturnType<typeof exported>>, format: 'gpkg' | 'shp') {
  const keys = [layer.idColumn, ...layer.properties.filter((p) => !p.restricted && p.key !== layer.idColumn).map((p) => p.key)]
  const names = format === 'shp' ? shortFieldNames(keys) : keys
  const features = read.flatMap((l) => l.features)
  for (const l of read) expect(l.crs).toMatchObject({ kind: 'known', epsg: 25832 })
  const original = await sql<{ id: string; properties: Record<string, unknown> }[]>`
    select ${sql(layer.idColumn)}::text as id, to_json(t) as properties from ${sql(layer.relation)} t`
  expect(features).toHaveLength(original.length)
  const byId = new Map(original.map((o) => [o.id, o.properties]))
  for (const f of features) {
    const id = String(f.properties[names[0]!])
    const before = byId.get(id)
    expect(before, `${layer.id} ${id}`).toBeDefined()
    keys.forEach((key, i) => {
      let want = normal(before![key])
      // dBase text fields hold at most 254 bytes.
      if (format === 'shp' && want && new TextEncoder().encode(want).length > 254) want = normal(f.properties[names[i]!])
      expect(normal(f.properties[names[i]!]), `${layer.id} ${id} ${key}`).toBe(want)
    })
  }
  const rows = features.map((f) => ({ id: String(f.properties[names[0]!]), geom: f.geometry ? JSON.stringify(f.geometry) : null }))
  const [worst] = await sql.begin(async (tx) => {
    await tx`create temporary table round_trip (id text primary key, geom geometry) on commit drop`
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500)
      await tx`insert into round_trip select id, ST_SetSRID(ST_GeomFromGeoJSON(geom), 25832)
        from json_to_recordset(${JSON.stringify(chunk)}::text::json) as r(id text, geom text)`
    }
    return tx<{ missing: number; worst: number | null; nulls_differ: number }[]>`
      select count(*) filter (where r.id is null)::int as missing,
             max(ST_HausdorffDistance(ST_Transform(o.geom, 25832), r.geom)) as worst,
             count(*) filter (where (o.geom is null) <> (r.geom is null))::int as nulls_differ
        from ${sql(layer.relation)} o left join round_trip r on r.id = o.${sql(layer.idColumn)}::text`
  })
  expect(worst!.missing).toBe(0)
  expect(worst!.nulls_differ).toBe(0)
  expect(worst!.worst ?? 0).toBeLessThan(0.01)
}

describe('export and re-read round trip of every collection', () => {
  for (const layer of layers) {
    for (const format of ['gpkg', 'shp'] as const) {
      it(`${layer.id} as ${format} keeps count, attributes and geometries within 1 cm`, async () => {
        await compare(layer, await exported(layer, format), format)
      }, 60_000)
    }
  }
})
