import { InvalidParameter } from '../errors.ts'

/** A coordinate reference system the API serves (OGC API - Features Part 2). */
export interface Crs {
  uri: string
  srid: number
  label: string
  /** Latitude or northing is the first axis (EPSG:4326, 4258, 3035): coordinates are flipped on the wire. */
  northFirst: boolean
  geographic: boolean
}

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'
const epsg = (code: number) => `http://www.opengis.net/def/crs/EPSG/0/${code}`

export const supportedCrs: readonly Crs[] = [
  { uri: CRS84, srid: 4326, label: 'WGS 84 (CRS84, Länge/Breite)', northFirst: false, geographic: true },
  { uri: epsg(4326), srid: 4326, label: 'WGS 84 (EPSG:4326, Breite/Länge)', northFirst: true, geographic: true },
  { uri: epsg(4258), srid: 4258, label: 'ETRS89 (EPSG:4258, Breite/Länge)', northFirst: true, geographic: true },
  { uri: epsg(25832), srid: 25832, label: 'ETRS89 / UTM 32N (EPSG:25832)', northFirst: false, geographic: false },
  { uri: epsg(3035), srid: 3035, label: 'ETRS89 / LAEA Europe (EPSG:3035, Nord/Ost)', northFirst: true, geographic: false },
  { uri: epsg(3857), srid: 3857, label: 'WGS 84 / Pseudo-Mercator (EPSG:3857)', northFirst: false, geographic: false },
]

export const crs84 = supportedCrs[0]!

/** The CRS a parameter names (URI, or the short forms EPSG:25832 and [EPSG:25832]); absent: CRS84. */
export function crsOf(parameter: string, raw: string | undefined): Crs {
  if (raw === undefined) return crs84
  const short = /^\[?EPSG:(\d+)\]?$/i.exec(raw.trim())
  const uri = short ? epsg(Number(short[1])) : raw.trim().replace(/^\[|\]$/g, '').replace(/^https:/, 'http:')
  const found = supportedCrs.find((c) => c.uri === uri || (uri === 'urn:ogc:def:crs:OGC:1.3:CRS84' && c.uri === CRS84))
  if (!found) {
    throw new InvalidParameter(parameter, `„${parameter}“: das Koordinatensystem „${raw}“ wird nicht angeboten. Möglich: ${supportedCrs.map((c) => c.uri).join(', ')}.`)
  }
  return found
}
