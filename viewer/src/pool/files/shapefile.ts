import { iter } from 'but-unzip'
import { parseDbf, parseShp } from 'shpjs'
import { crsOfWkt } from './crs.ts'
import type { RawLayer } from './types.ts'

/*
 * A zipped Shapefile: every .shp in the archive with its .dbf (attributes, code page
 * from .cpg) and .prj (CRS). shpjs reads the geometries; it is not given the .prj,
 * so coordinates stay in the file's CRS and crs.ts decides (shpjs would otherwise
 * reproject any CRS proj4 can parse, including ones we want to refuse by name).
 */

const decoder = new TextDecoder()

/** The layers of a zipped Shapefile. Throws when the archive holds none. */
export async function readShapefileZip(bytes: Uint8Array): Promise<RawLayer[]> {
  const files = new Map<string, Uint8Array>()
  for (const entry of iter(bytes)) {
    if (entry.filename.includes('__MACOSX/')) continue
    const lower = entry.filename.toLowerCase()
    if (/\.(shp|dbf|prj|cpg)$/.test(lower)) files.set(lower, await entry.read())
  }
  const bases = [...files.keys()].filter((f) => f.endsWith('.shp')).map((f) => f.slice(0, -4)).sort()
  if (bases.length === 0) throw new Error('Das ZIP-Archiv enthält keine .shp-Datei.')
  return bases.map((base) => {
    const shp = files.get(`${base}.shp`)!
    const dbf = files.get(`${base}.dbf`)
    const prj = files.get(`${base}.prj`)
    const cpg = files.get(`${base}.cpg`)
    const geometries = parseShp(shp)
    const attributes = dbf ? parseDbf(dbf, cpg ? decoder.decode(cpg) : undefined) : []
    return {
      name: base.split('/').pop()!,
      crs: crsOfWkt(prj ? decoder.decode(prj) : undefined),
      features: geometries.map((geometry, i) => ({ geometry: geometry ?? null, properties: attributes[i] ?? {} })),
    }
  })
}
