import type { LayerDef } from '@regiopol/geodata'
import type { ExportCrs, ExportGeometryType, ExportLayer } from '@regiopol/geodata/io'
import type { Geometry } from 'geojson'
import type { ExportRow } from './queries.ts'

/*
 * A catalogue layer as the writers take it: fields with German labels and code lists
 * from the catalogue, and one geometry type for the whole layer (single parts are
 * promoted to multi parts where both occur, since a GeoPackage or Shapefile layer
 * declares one type).
 */

function layerGeometryType(rows: readonly ExportRow[]): ExportGeometryType {
  const types = new Set(rows.flatMap((r) => (r.geometry ? [r.geometry.type] : [])))
  const only = (...allowed: string[]) => types.size > 0 && [...types].every((t) => allowed.includes(t))
  if (only('Point')) return 'Point'
  if (only('LineString')) return 'LineString'
  if (only('LineString', 'MultiLineString')) return 'MultiLineString'
  if (only('Polygon')) return 'Polygon'
  if (only('Polygon', 'MultiPolygon')) return 'MultiPolygon'
  return 'Geometry'
}

function promote(g: Geometry | null, type: ExportGeometryType): Geometry | null {
  if (g?.type === 'Polygon' && type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: [g.coordinates] }
  if (g?.type === 'LineString' && type === 'MultiLineString') return { type: 'MultiLineString', coordinates: [g.coordinates] }
  return g
}

/** The feature id is a field of its own where no property holds it, so every format keeps it. */
export function exportLayerOf(layer: LayerDef, rows: readonly ExportRow[], crs: ExportCrs, restricted: boolean): ExportLayer {
  const geometryType = layerGeometryType(rows)
  const idField = layer.properties.some((p) => p.key === layer.idColumn)
    ? []
    : [{ key: layer.idColumn, type: layer.idType === 'integer' ? ('integer' as const) : ('string' as const), label: 'Kennung' }]
  return {
    name: layer.id,
    title: layer.title.de,
    crs,
    geometryType,
    fields: [
      ...idField,
      ...layer.properties
      .filter((p) => restricted || !p.restricted)
      .map((p) => ({
        key: p.key,
        type: p.type === 'enum' ? 'string' : p.type,
        label: p.unit ? `${p.label.de} (${p.unit})` : p.label.de,
        ...(p.options && { options: new Map(p.options.map((o) => [o.value, o.label.de])) }),
      })),
    ],
    features: rows.map((r) => ({ ...r, properties: { [layer.idColumn]: r.id, ...r.properties }, geometry: promote(r.geometry, geometryType) })),
  }
}
