import type { SqlJsStatic } from 'sql.js'
import { crsOfEpsg, looksLikeDegrees, reproject, supportedCrsList } from './crs.ts'
import { readCsvLayer } from './csv-layer.ts'
import { readGeoJson } from './geojson.ts'
import { readGeoPackage } from './geopackage.ts'
import { readShapefileZip } from './shapefile.ts'
import { FileProblem, type FileFormat, type RawFeature, type RawLayer } from './types.ts'
import { readXPlanGml } from './xplan.ts'

/*
 * One entry point for every file: pick the reader by the file's name, refuse what
 * cannot be read with a German sentence, and bring every feature to WGS84.
 */

/** Larger files are refused before a byte is read. */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024

export function formatOf(fileName: string): FileFormat | null {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.zip')) return 'shapefile'
  if (lower.endsWith('.gpkg')) return 'geopackage'
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson'
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv'
  if (lower.endsWith('.gml') || lower.endsWith('.xml')) return 'xplangml'
  return null
}

/** Refuses a file by its size alone (call it before reading the file). */
export function checkFileSize(fileName: string, bytes: number, max = MAX_IMPORT_BYTES) {
  if (bytes === 0) throw new FileProblem('empty-file', `Die Datei „${fileName}“ ist leer.`)
  if (bytes > max) throw new FileProblem('too-large', `Die Datei „${fileName}“ ist ${Math.round(bytes / 1048576)} MB groß; erlaubt sind höchstens ${Math.round(max / 1048576)} MB. Bitte teilen Sie sie auf.`)
}

export interface ReadOptions {
  /** Loads sql.js only when a GeoPackage is read. */
  loadSql: () => Promise<SqlJsStatic>
  maxBytes?: number
}

/** The layers of a file in their own CRS. Throws a FileProblem when the file as a whole is unreadable. */
export async function readLayers(fileName: string, bytes: Uint8Array, options: ReadOptions): Promise<{ format: FileFormat; layers: RawLayer[] }> {
  const format = formatOf(fileName)
  if (!format) throw new FileProblem('unknown-format', `Unbekanntes Dateiformat: „${fileName}“. Erlaubt sind GeoPackage (.gpkg), Shapefile als ZIP (.zip), GeoJSON (.geojson/.json), CSV (.csv) und XPlanGML (.gml/.xml).`)
  checkFileSize(fileName, bytes.length, options.maxBytes)
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
  let layers: RawLayer[]
  if (format === 'shapefile') layers = readShapefileZip(bytes)
  else if (format === 'geopackage') layers = readGeoPackage(bytes, await options.loadSql())
  else if (format === 'xplangml') layers = readXPlanGml(bytes, base)
  else {
    const text = new TextDecoder().decode(bytes)
    layers = format === 'csv' ? readCsvLayer(text, base) : readGeoJson(text, base)
  }
  if (layers.every((l) => l.features.length === 0)) throw new FileProblem('empty-file', `Die Datei „${fileName}“ enthält keine Objekte.`)
  return { format, layers }
}

/** A feature in WGS84 lon/lat; `geometry` null with `geometryProblem` when it has none or could not be read. */
export type Wgs84Feature = RawFeature

/**
 * The features of a layer in WGS84. `declaredEpsg` stands in for a file without a CRS
 * (a CSV, a Shapefile without .prj); without it, coordinates must look like degrees.
 * Throws when the layer's CRS is unknown (named) or missing.
 */
export function toWgs84(layer: RawLayer, declaredEpsg?: number): Wgs84Feature[] {
  let crs = layer.crs
  if (crs.kind === 'none' && declaredEpsg !== undefined) crs = crsOfEpsg(declaredEpsg)
  if (crs.kind === 'unsupported') {
    throw new FileProblem('crs-unknown', `Das Koordinatensystem „${crs.label}“ der Ebene „${layer.name}“ wird nicht unterstützt. Unterstützt sind ${supportedCrsList()}.`)
  }
  if (crs.kind === 'none') {
    const degrees = layer.features.every((f) => !f.geometry || looksLikeDegrees(f.geometry))
    if (!degrees) throw new FileProblem('crs-missing', `Die Ebene „${layer.name}“ nennt kein Koordinatensystem und ihre Koordinaten sind keine Grad (WGS84). Bitte das System angeben (z. B. EPSG:25832).`)
    return layer.features
  }
  const epsg = crs.epsg
  return layer.features.map((f) => (f.geometry ? { ...f, geometry: reproject(f.geometry, epsg, 4326) } : f))
}

/** A feature ready for the import: numbered across the file's layers, in WGS84. */
export interface ImportFeature {
  number: number
  layer: string
  geometry: RawFeature['geometry']
  geometry_problem?: string
  properties: Record<string, unknown>
}

/** The features of the chosen layers (all when none are named), numbered and in WGS84. */
export function importFeatures(layers: readonly RawLayer[], options: { declaredEpsg?: number | undefined; layers?: readonly string[] | undefined } = {}): ImportFeature[] {
  const chosen = options.layers?.length ? layers.filter((l) => options.layers!.includes(l.name)) : layers
  if (options.layers?.length && chosen.length === 0) {
    throw new FileProblem('unknown-layer', `Die Datei hat keine Ebene „${options.layers.join('“, „')}“; vorhanden: ${layers.map((l) => l.name).join(', ')}.`)
  }
  let number = 0
  return chosen.flatMap((layer) =>
    toWgs84(layer, options.declaredEpsg).map((f) => ({
      number: ++number,
      layer: layer.name,
      geometry: f.geometry,
      ...(f.geometryProblem && { geometry_problem: f.geometryProblem }),
      properties: f.properties,
    })),
  )
}

/** The attribute columns over all features, in file order. */
export function columnsOf(features: readonly { properties: Record<string, unknown> }[]): string[] {
  const columns = new Set<string>()
  for (const f of features) for (const key of Object.keys(f.properties)) columns.add(key)
  return [...columns]
}
