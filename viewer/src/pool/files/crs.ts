import type { Geometry, Position } from 'geojson'
import { fromUtm32 } from '@regiopol/analysis'
import type { Crs } from './types.ts'

/*
 * Which coordinate reference systems an upload may use. WGS84 (EPSG:4326) is stored
 * as is; ETRS89 / UTM 32N (EPSG:25832), the official CRS in NRW, is reprojected
 * with the analysis' own inverse Transverse Mercator (sub-millimetre in the zone,
 * checked against PROJ in crs.test.ts). ETRS89 and WGS84 differ by well under a
 * metre here, so ETRS89 geographic and WGS84 / UTM 32N count as the same.
 * Everything else (Gauß-Krüger, UTM with zone prefix) is refused by name rather
 * than guessed.
 */

const WGS84_CODES = new Set([4326, 4258, 4937, 4979])
const UTM32_CODES = new Set([25832, 32632])

/** The CRS of an EPSG code (GeoPackage's gpkg_spatial_ref_sys). */
export function crsOfEpsg(code: number, name: string): Crs {
  if (WGS84_CODES.has(code)) return { kind: 'wgs84', label: `EPSG:${code}` }
  if (UTM32_CODES.has(code)) return { kind: 'utm32', label: `EPSG:${code}` }
  return { kind: 'unsupported', label: name ? `${name} (EPSG:${code})` : `EPSG:${code}` }
}

/** The CRS of a Shapefile's .prj (ESRI WKT, OGC WKT 1 or WKT 2); undefined text means no .prj. */
export function crsOfWkt(wkt: string | undefined): Crs {
  if (!wkt?.trim()) return { kind: 'none', label: '' }
  const text = wkt.trim()
  const name = /^\w+\["([^"]*)"/.exec(text)?.[1] ?? text.slice(0, 60)
  // The last authority in the text is the CRS's own (inner ones belong to datum, units, ...).
  const ids = [...text.matchAll(/(?:AUTHORITY|ID)\["EPSG",\s*"?(\d+)"?\]/g)].map((m) => Number(m[1]))
  const own = ids.at(-1)
  const projected = /^PROJ(?:CS|CRS)\[/.test(text)
  if (own !== undefined && (WGS84_CODES.has(own) || UTM32_CODES.has(own))) return crsOfEpsg(own, name)
  const normalised = name.toLowerCase().replace(/[\s_/]+/g, ' ')
  if (projected) {
    const utm32 = /(etrs ?(19)?89|wgs ?(19)?84).*utm zone 32 ?n$/.test(normalised)
    const falseEasting = /PARAMETER\["False[_ ]Easting",\s*([\d.]+)/i.exec(text)?.[1]
    if (utm32 && (falseEasting === undefined || Number(falseEasting) === 500000)) return { kind: 'utm32', label: `${name} (EPSG:25832)` }
    return { kind: 'unsupported', label: own ? `${name} (EPSG:${own})` : name }
  }
  if (/^GEOG(?:CS|CRS)\[/.test(text) && /(wgs ?(19)?84|etrs ?(19)?89)/.test(normalised)) return { kind: 'wgs84', label: name }
  return { kind: 'unsupported', label: own ? `${name} (EPSG:${own})` : name }
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: g.type, coordinates: f(g.coordinates) }
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(f) } as Geometry
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => r.map(f)) } as Geometry
    case 'MultiPolygon':
      return { type: g.type, coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) }
    case 'GeometryCollection':
      return { type: g.type, geometries: g.geometries.map((c) => mapPositions(c, f)) }
  }
}

/** The geometry in WGS84 lon/lat: UTM 32N reprojected, everything else unchanged (2D only). */
export function toWgs84(g: Geometry, crs: Crs): Geometry {
  if (crs.kind === 'utm32') return mapPositions(g, (p) => fromUtm32(p[0]!, p[1]!))
  return mapPositions(g, (p) => [p[0]!, p[1]!])
}

/** Whether every position could be lon/lat degrees (for files without a CRS). */
export function looksLikeDegrees(g: Geometry): boolean {
  let ok = true
  mapPositions(g, (p) => {
    if (!(Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90)) ok = false
    return p
  })
  return ok
}
