import type { SqlJsStatic } from 'sql.js'
import { checkGeometry } from './checks.ts'
import { looksLikeDegrees, toWgs84 } from './crs.ts'
import { readGeoJson } from './geojson.ts'
import { readGeoPackage } from './geopackage.ts'
import { readShapefileZip } from './shapefile.ts'
import type { FileFormat, RawLayer, UploadFeature, UploadResult } from './types.ts'

/*
 * One entry point for every upload: pick the reader by the file's name, bring every
 * feature to WGS84 (or refuse it with the CRS's name) and list its problems.
 */

/** Larger files are refused before reading: an area register is not a bulk import. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
/** More features than this are refused too: the preview table lists each one. */
export const MAX_UPLOAD_FEATURES = 500

export function formatOf(fileName: string): FileFormat | null {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.zip')) return 'shapefile'
  if (lower.endsWith('.gpkg')) return 'geopackage'
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson'
  return null
}

export interface Readers {
  /** Loads sql.js only when a GeoPackage is read. */
  loadSql: () => Promise<SqlJsStatic>
}

/** Reads an uploaded file. Throws (with a German message) when the file as a whole is unreadable. */
export async function readAreaFile(fileName: string, bytes: Uint8Array, readers: Readers): Promise<UploadResult> {
  const format = formatOf(fileName)
  if (!format) throw new Error(`Unbekanntes Dateiformat: ${fileName}. Erlaubt sind .geojson/.json, .zip (Shapefile) und .gpkg (GeoPackage).`)
  if (bytes.length > MAX_UPLOAD_BYTES) throw new Error(`Die Datei ist ${Math.round(bytes.length / 1048576)} MB groß; erlaubt sind höchstens ${MAX_UPLOAD_BYTES / 1048576} MB.`)
  let layers: RawLayer[]
  if (format === 'shapefile') layers = await readShapefileZip(bytes)
  else if (format === 'geopackage') layers = readGeoPackage(bytes, await readers.loadSql())
  else layers = readGeoJson(new TextDecoder().decode(bytes), fileName.replace(/\.(geo)?json$/i, ''))
  const total = layers.reduce((n, l) => n + l.features.length, 0)
  if (total === 0) throw new Error('Die Datei enthält keine Objekte.')
  if (total > MAX_UPLOAD_FEATURES) throw new Error(`Die Datei enthält ${total} Objekte; erlaubt sind höchstens ${MAX_UPLOAD_FEATURES} je Upload.`)
  return toResult(fileName, format, layers)
}

/** Reprojects and checks every feature of the layers read. */
export function toResult(fileName: string, format: FileFormat, layers: RawLayer[]): UploadResult {
  const features: UploadFeature[] = []
  const columns: string[] = []
  for (const layer of layers) {
    for (const raw of layer.features) {
      for (const key of Object.keys(raw.properties)) if (!columns.includes(key)) columns.push(key)
      const number = features.length + 1
      const base = { number, layer: layer.name, properties: raw.properties }
      if (layer.crs.kind === 'unsupported') {
        features.push({ ...base, geometry: null, preview: null, vertices: 0, problems: [{ code: 'crs-unsupported', params: { crs: layer.crs.label } }] })
        continue
      }
      if (layer.crs.kind === 'none' && raw.geometry && !looksLikeDegrees(raw.geometry)) {
        features.push({ ...base, geometry: null, preview: null, vertices: 0, problems: [{ code: 'crs-missing' }] })
        continue
      }
      const wgs84 = raw.geometry && toWgs84(raw.geometry, layer.crs)
      const checked = checkGeometry(wgs84)
      const problems = layer.crs.kind === 'none' ? [{ code: 'crs-guessed' as const }, ...checked.problems] : checked.problems
      features.push({ ...base, geometry: checked.geometry, preview: wgs84, vertices: checked.vertices, problems })
    }
  }
  return { fileName, format, layers: layers.map((l) => ({ name: l.name, crs: l.crs, count: l.features.length })), columns, features }
}
