/// <reference path="./terraformer-wkt.d.ts" />
import type { SqlJsStatic } from 'sql.js'
import { geojsonToWKT } from '@terraformer/wkt'
import { toCsv } from './csv.ts'
import type { ExportLayer } from './export-layer.ts'
import { writeGeoPackage } from './geopackage-write.ts'
import { writeShapefiles } from './shapefile-write.ts'
import { zip } from './zip.ts'

/*
 * One layer as a download in each export format. CSV: German labels in the header,
 * for enumerations the label and, in a second column "… (Code)", the stored code; the
 * geometry as WKT in a column named WKT (QGIS and GDAL find it by that name).
 */

export const EXPORT_FORMATS = ['gpkg', 'shp', 'geojson', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportFile {
  fileName: string
  contentType: string
  bytes: Uint8Array
}

const encoder = new TextEncoder()

export function csvOfLayer(layer: ExportLayer): string {
  const header: string[] = []
  for (const f of layer.fields) {
    header.push(f.label)
    if (f.options) header.push(`${f.label} (Code)`)
  }
  header.push('WKT')
  const rows = layer.features.map((feature) => {
    const row: unknown[] = []
    for (const f of layer.fields) {
      const v = feature.properties[f.key]
      if (f.options) row.push(Array.isArray(v) ? v.map((x) => f.options!.get(String(x)) ?? x) : v == null ? null : (f.options.get(String(v)) ?? v), v)
      else row.push(f.type === 'boolean' && typeof v === 'boolean' ? (v ? 'ja' : 'nein') : v)
    }
    row.push(feature.geometry ? geojsonToWKT(feature.geometry) : null)
    return row
  })
  return toCsv(header, rows)
}

export function geojsonOfLayer(layer: ExportLayer): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    name: layer.name,
    // The pre-RFC 7946 member, which GDAL and QGIS read: RFC 7946 itself knows only WGS84.
    ...(layer.crs === 25832 ? { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } } } : {}),
    features: layer.features.map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: f.properties })),
  })
}

/** The Shapefile(s) of a layer zipped, with a field list that spells out each short name. */
export function shapefileZipOfLayer(layer: ExportLayer): Uint8Array {
  const { files, fieldNames } = writeShapefiles(layer)
  const entries: Record<string, Uint8Array | string> = {}
  for (const [base, parts] of Object.entries(files)) {
    entries[`${base}.shp`] = parts.shp
    entries[`${base}.shx`] = parts.shx
    entries[`${base}.dbf`] = parts.dbf
    entries[`${base}.prj`] = parts.prj
    entries[`${base}.cpg`] = parts.cpg
  }
  entries[`${layer.name}_felder.csv`] = toCsv(['Feldname', 'Schlüssel', 'Bezeichnung'], layer.fields.map((f, i) => [fieldNames[i], f.key, f.label]))
  return zip(entries)
}

export function exportFile(layer: ExportLayer, format: ExportFormat, SQL: SqlJsStatic): ExportFile {
  const base = `${layer.name}_epsg${layer.crs}`
  switch (format) {
    case 'gpkg':
      return { fileName: `${base}.gpkg`, contentType: 'application/geopackage+sqlite3', bytes: writeGeoPackage([layer], SQL) }
    case 'shp':
      return { fileName: `${base}.zip`, contentType: 'application/zip', bytes: shapefileZipOfLayer(layer) }
    case 'geojson':
      return { fileName: `${base}.geojson`, contentType: 'application/geo+json', bytes: encoder.encode(geojsonOfLayer(layer)) }
    case 'csv':
      return { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', bytes: encoder.encode(csvOfLayer(layer)) }
  }
}
