import { findLayer, layers, type LayerDef } from '@regiopol/geodata'
import { EXPORT_CRS, EXPORT_FORMATS, exportFile, type ExportCrs, type ExportFormat } from '@regiopol/geodata/io'
import { loadSqlJsNode } from '@regiopol/geodata/node'
import { Hono } from 'hono'
import type { Sql } from 'postgres'
import type { AppEnv } from '../auth/principal.ts'
import { InvalidParameter, NotFound } from '../errors.ts'
import { parseItemsQuery } from '../ogc/params.ts'
import { exportLayerOf } from './layer.ts'
import { exportRows } from './queries.ts'

/*
 * Downloads: GET /api/collections/{id}/export?format=gpkg|shp|geojson|csv&crs=25832|4326
 * plus the collection's filters (bbox and queryable properties, as on /items), so a
 * filtered view downloads as it is shown. Signed-in accounts also get restricted fields.
 */

function choice<T extends string | number>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const raw = params.get(name)
  if (raw === null) return fallback
  const found = allowed.find((a) => String(a) === raw.replace(/^EPSG:/i, ''))
  if (found === undefined) throw new InvalidParameter(name, `„${name}“ muss einer der Werte ${allowed.join(', ')} sein, nicht „${raw}“.`)
  return found
}

export async function exportCollection(sql: Sql, layer: LayerDef, params: URLSearchParams, restricted: boolean) {
  const format = choice<ExportFormat>(params, 'format', EXPORT_FORMATS, 'gpkg')
  const crs = choice<ExportCrs>(params, 'crs', EXPORT_CRS, 25832)
  const filters = new URLSearchParams([...params].filter(([k]) => k !== 'format' && k !== 'crs' && k !== 'limit' && k !== 'offset'))
  const query = parseItemsQuery(layer, filters)
  const rows = await exportRows(sql, layer, query, crs, restricted)
  return exportFile(exportLayerOf(layer, rows, crs, restricted), format, await loadSqlJsNode())
}

export function exports(sql: Sql) {
  return new Hono<AppEnv>().get('/:id/export', async (c) => {
    const layer = findLayer(c.req.param('id'))
    if (!layer) throw new NotFound(`Die Sammlung „${c.req.param('id')}“ gibt es nicht. Verfügbar: ${layers.map((l) => l.id).join(', ')}.`)
    const restricted = !!c.get('principal') && layer.properties.some((p) => p.restricted)
    const file = await exportCollection(sql, layer, new URL(c.req.url).searchParams, restricted)
    c.header('Cache-Control', restricted ? 'private, no-store' : 'public, max-age=0, must-revalidate')
    c.header('Vary', 'Cookie, Authorization', { append: true })
    c.header('Content-Disposition', `attachment; filename="${file.fileName}"`)
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.contentType })
  })
}
