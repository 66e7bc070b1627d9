import type { Geometry, Position } from 'geojson'
import proj4 from 'proj4'
import type { Crs } from './types.ts'

/*
 * The coordinate reference systems German municipalities deliver, with the EPSG
 * registry's parameters as proj4 strings. ETRS89 is tied to WGS84 within a metre here,
 * as in the EPSG registry (towgs84 zero). Gauß-Krüger (DHDN) uses the seven-parameter
 * transformation EPSG:1777 (DHDN to WGS 84, about 1 m accuracy in Germany); the NTv2 grid
 * BeTA2007 would be closer but is a data file we do not ship.
 */

const ETRS89 = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs'
const DHDN = '+ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs'

export const CRS_DEFINITIONS: Record<number, { name: string; proj4: string }> = {
  4326: { name: 'WGS 84', proj4: '+proj=longlat +datum=WGS84 +no_defs' },
  4258: { name: 'ETRS89', proj4: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs' },
  25832: { name: 'ETRS89 / UTM zone 32N', proj4: `+proj=utm +zone=32 ${ETRS89}` },
  25833: { name: 'ETRS89 / UTM zone 33N', proj4: `+proj=utm +zone=33 ${ETRS89}` },
  4647: { name: 'ETRS89 / UTM zone 32N (zE-N)', proj4: `+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 ${ETRS89}` },
  32632: { name: 'WGS 84 / UTM zone 32N', proj4: '+proj=utm +zone=32 +datum=WGS84 +units=m +no_defs' },
  3035: { name: 'ETRS89-extended / LAEA Europe', proj4: `+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 ${ETRS89}` },
  31466: { name: 'DHDN / 3-degree Gauss-Kruger zone 2', proj4: `+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 ${DHDN}` },
  31467: { name: 'DHDN / 3-degree Gauss-Kruger zone 3', proj4: `+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 ${DHDN}` },
}

/** The systems an export can be written in. */
export const EXPORT_CRS = [25832, 4326] as const
export type ExportCrs = (typeof EXPORT_CRS)[number]

/** In the order a German user looks for them. */
const LISTED = [25832, 25833, 4326, 4258, 3035, 31466, 31467, 4647, 32632]
export const supportedCrsList = () => LISTED.map((code) => `EPSG:${code} (${CRS_DEFINITIONS[code]!.name})`).join(', ')

/** The CRS of an EPSG code (GeoPackage's gpkg_spatial_ref_sys, a GML srsName, a CLI option). */
export function crsOfEpsg(code: number, name = ''): Crs {
  const known = CRS_DEFINITIONS[code]
  if (known) return { kind: 'known', epsg: code, label: `EPSG:${code} (${known.name})` }
  return { kind: 'unsupported', label: name ? `${name} (EPSG:${code})` : `EPSG:${code}` }
}

/** Names used by ESRI .prj files (which carry no EPSG code) and OGC WKT, normalised. */
const NAMED: [RegExp, number][] = [
  [/^(etrs ?(19)?89|etrs89) utm zone (32 ?n|n32)$/, 25832],
  [/^(etrs ?(19)?89|etrs89) utm zone (33 ?n|n33)$/, 25833],
  [/^(etrs ?(19)?89|etrs89) utm zone 32 ?n ?\(?ze ?n\)?$/, 4647],
  [/^(wgs ?(19)?84) utm zone 32 ?n$/, 32632],
  [/laea( europe)?$/, 3035],
  [/^(dhdn|deutsches hauptdreiecksnetz) (3 degree )?gauss( kruger)? zone 2$/, 31466],
  [/^(dhdn|deutsches hauptdreiecksnetz) (3 degree )?gauss( kruger)? zone 3$/, 31467],
  [/^(gcs )?wgs ?(19)?84$/, 4326],
  [/^(gcs )?etrs ?(19)?89$/, 4258],
]

/** The CRS of a Shapefile's .prj (ESRI WKT, OGC WKT 1 or WKT 2); undefined text means no .prj. */
export function crsOfWkt(wkt: string | undefined): Crs {
  if (!wkt?.trim()) return { kind: 'none', label: '' }
  const text = wkt.trim()
  const name = /^\w+\["([^"]*)"/.exec(text)?.[1] ?? text.slice(0, 60)
  // The last authority in WKT 1 is the CRS's own (inner ones belong to datum, units ...);
  // WKT 2 puts the CRS's ID last too.
  const own = [...text.matchAll(/(?:AUTHORITY|ID)\["EPSG",\s*"?(\d+)"?\]/g)].map((m) => Number(m[1])).at(-1)
  if (own !== undefined && CRS_DEFINITIONS[own]) return crsOfEpsg(own, name)
  const normalised = name.toLowerCase().replace(/[-_/\s]+/g, ' ').replace(/krüger/g, 'kruger').trim()
  const named = NAMED.find(([pattern]) => pattern.test(normalised))?.[1]
  if (named !== undefined) {
    // ESRI names UTM with and without zone prefix alike: the false easting tells them apart.
    const falseEasting = Number(/PARAMETER\["False[_ ]Easting",\s*([\d.]+)/i.exec(text)?.[1] ?? Number.NaN)
    if (named === 25832 && falseEasting === 32500000) return crsOfEpsg(4647)
    return crsOfEpsg(named)
  }
  return { kind: 'unsupported', label: own ? `${name} (EPSG:${own})` : name }
}

export function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
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

/** A 2D transform between two known systems (positions as x/y or lon/lat). */
export function transformer(fromEpsg: number, toEpsg: number): (p: Position) => Position {
  const from = CRS_DEFINITIONS[fromEpsg]
  const to = CRS_DEFINITIONS[toEpsg]
  if (!from || !to) throw new Error(`EPSG:${!from ? fromEpsg : toEpsg} ist nicht unterstützt.`)
  if (fromEpsg === toEpsg) return (p) => [p[0]!, p[1]!]
  const converter = proj4(from.proj4, to.proj4)
  return (p) => converter.forward([p[0]!, p[1]!])
}

/** The geometry reprojected (2D: Z and M are dropped). */
export function reproject(g: Geometry, fromEpsg: number, toEpsg: number): Geometry {
  return mapPositions(g, transformer(fromEpsg, toEpsg))
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
