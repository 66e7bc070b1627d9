import type { Geometry } from 'geojson'
import type { PolygonGeometry } from '@regiopol/geodata'

/*
 * What reading an uploaded file yields: every feature with its problems, before
 * anything is sent. The API checks everything again when a feature is saved.
 */

export type FileFormat = 'geojson' | 'shapefile' | 'geopackage'

/** The coordinate reference system a file (or GeoPackage layer) declares. */
export type Crs =
  | { kind: 'wgs84'; label: string }
  /** ETRS89 / UTM zone 32N (EPSG:25832): reprojected to WGS84 in the browser. */
  | { kind: 'utm32'; label: string }
  /** Not declared: taken as WGS84 when the coordinates look like degrees. */
  | { kind: 'none'; label: string }
  /** Anything else: refused with its name. */
  | { kind: 'unsupported'; label: string }

/** A feature as the file holds it, in its own CRS. */
export interface RawFeature {
  geometry: Geometry | null
  properties: Record<string, unknown>
}

export interface RawLayer {
  name: string
  crs: Crs
  features: RawFeature[]
}

export type ProblemCode =
  | 'no-geometry'
  | 'not-polygon'
  | 'invalid'
  | 'self-intersection'
  | 'outside-region'
  | 'too-many-vertices'
  | 'missing-name'
  | 'crs-unsupported'
  | 'crs-missing'
  | 'crs-guessed'

/** One problem of one feature; `params` fill the translated message. */
export interface Problem {
  code: ProblemCode
  params?: Record<string, string | number>
}

/** Problems that still allow saving (the user was told; the API decides). */
export const WARNING_CODES: readonly ProblemCode[] = ['crs-guessed']

export interface UploadFeature {
  /** Position in the file (1-based), across layers. */
  number: number
  layer: string
  properties: Record<string, unknown>
  /** The area in WGS84, when it is a usable polygon; null otherwise. */
  geometry: PolygonGeometry | null
  /** What to draw in the preview (WGS84), even when unusable (a line, a bow-tie). */
  preview: Geometry | null
  vertices: number
  problems: Problem[]
}

export interface UploadResult {
  fileName: string
  format: FileFormat
  /** Per layer: its CRS and whether it was reprojected. */
  layers: { name: string; crs: Crs; count: number }[]
  /** Attribute columns over all features, in file order. */
  columns: string[]
  features: UploadFeature[]
}
