import type { LayerDef } from '@regiopol/geodata'
import type { ExportCrs } from '@regiopol/geodata/io'
import type { Geometry } from 'geojson'
import type { Sql } from 'postgres'
import { whereClause, type FeatureSelection } from '../db/queries/features.ts'

/*
 * Every feature of a layer that a selection matches, reprojected by PostGIS
 * (ST_Transform) into the export CRS: millimetres in EPSG:25832, 1e-9 degrees in 4326.
 */

export interface ExportRow {
  id: string | number
  geometry: Geometry | null
  properties: Record<string, unknown>
}

export async function exportRows(sql: Sql, layer: LayerDef, selection: FeatureSelection, crs: ExportCrs, restricted: boolean): Promise<ExportRow[]> {
  const keys = layer.properties.filter((p) => restricted || !p.restricted).map((p) => p.key)
  const decimals = crs === 25832 ? 3 : 9
  const rows = await sql<{ id: string | number; geometry: string | null; properties: Record<string, unknown> }[]>`
    select t.${sql(layer.idColumn)} as id,
           ST_AsGeoJSON(ST_Transform(t.geom, ${crs}::int), ${decimals}) as geometry,
           to_json(p) as properties
      from (select * from ${sql(layer.relation)} where ${whereClause(sql, layer, selection)}) t,
           lateral (select ${sql(keys.map((k) => `t.${k}`))}) p
     order by t.${sql(layer.idColumn)}`
  return rows.map((r) => ({ id: r.id, geometry: r.geometry ? (JSON.parse(r.geometry) as Geometry) : null, properties: r.properties }))
}
