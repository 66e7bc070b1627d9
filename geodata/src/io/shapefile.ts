/// <reference path="./shpjs.d.ts" />
import { parseDbf, parseShp } from 'shpjs'
import { crsOfWkt } from './crs.ts'
import { FileProblem, type RawLayer } from './types.ts'
import { unzip } from './zip.ts'

/*
 * A zipped Shapefile: every .shp in the archive with its .dbf (attributes, code page
 * from .cpg) and .prj (CRS). shpjs reads the geometries; it is not given the .prj, so
 * coordinates stay in the file's CRS and crs.ts decides (shpjs would otherwise reproject
 * any CRS proj4 can parse, including ones we want to refuse by name). A .dbf without
 * .cpg is read as UTF-8 when it is valid UTF-8, else as Windows-1252 (ArcGIS' default).
 */

const decoder = new TextDecoder()

function codePage(dbf: Uint8Array, cpg: Uint8Array | undefined): string {
  if (cpg) return decoder.decode(cpg).trim()
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf)
    return 'UTF-8'
  } catch {
    return 'windows-1252'
  }
}

/** Empty dBase numbers and dates come back as NaN and Invalid Date: they are empty. Dates as ISO text. */
function cleaned(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => {
      if (typeof v === 'number' && Number.isNaN(v)) return [k, null]
      if (v instanceof Date) return [k, Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10)]
      return [k, v]
    }),
  )
}

/** The layers of a zipped Shapefile. Throws a FileProblem when the archive holds none or a part is missing. */
export function readShapefileZip(bytes: Uint8Array): RawLayer[] {
  const files = unzip(bytes)
  const bases = [...new Set([...files.keys()].filter((f) => /\.(shp|dbf)$/.test(f)).map((f) => f.slice(0, -4)))].sort()
  if (bases.length === 0) throw new FileProblem('shapefile-missing-shp', 'Das ZIP-Archiv enthält keine .shp-Datei (und keine .dbf-Datei).')
  return bases.map((base) => {
    const name = base.split('/').pop()!
    const shp = files.get(`${base}.shp`)
    const dbf = files.get(`${base}.dbf`)
    if (!shp) throw new FileProblem('shapefile-missing-shp', `Zur Tabelle „${name}.dbf“ fehlt die Geometriedatei „${name}.shp“ im ZIP-Archiv.`)
    if (!dbf) throw new FileProblem('shapefile-missing-dbf', `Zu „${name}.shp“ fehlt die Attributtabelle „${name}.dbf“ im ZIP-Archiv.`)
    const prj = files.get(`${base}.prj`)
    let geometries: ReturnType<typeof parseShp>
    let attributes: Record<string, unknown>[]
    try {
      geometries = parseShp(shp)
      attributes = parseDbf(dbf, codePage(dbf, files.get(`${base}.cpg`)))
    } catch (err) {
      throw new FileProblem('shapefile-broken', `Das Shapefile „${name}“ ist beschädigt (${err instanceof Error ? err.message : String(err)}).`)
    }
    return {
      name,
      crs: crsOfWkt(prj ? decoder.decode(prj) : undefined),
      features: geometries.map((geometry, i) => ({ geometry: geometry ?? null, properties: cleaned(attributes[i] ?? {}) })),
    }
  })
}
