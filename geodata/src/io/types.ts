import type { Geometry } from 'geojson'

/*
 * What every reader yields and every writer takes: layers of features in the file's own
 * coordinate reference system, with the attributes as the file names them.
 */

export type FileFormat = 'geopackage' | 'shapefile' | 'geojson' | 'csv' | 'xplangml'

/** The coordinate reference system a file (or layer) declares. */
export type Crs =
  /** One of the systems German municipalities use (crs.ts), reprojected with proj4. */
  | { kind: 'known'; epsg: number; label: string }
  /** Not declared: taken as WGS84 when the coordinates look like degrees. */
  | { kind: 'none'; label: string }
  /** Anything else: refused with its name. */
  | { kind: 'unsupported'; label: string }

/** A feature as the file holds it, in its own CRS. */
export interface RawFeature {
  geometry: Geometry | null
  properties: Record<string, unknown>
  /** Why the reader could not read this feature's geometry (the report names it). */
  geometryProblem?: string
}

export interface RawLayer {
  name: string
  crs: Crs
  features: RawFeature[]
}

/**
 * A file that cannot be read as a whole (not a zip, no .shp, broken XML ...). The message
 * is a German sentence for the user; `code` is stable for tests and clients.
 */
export class FileProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'FileProblem'
  }
}
