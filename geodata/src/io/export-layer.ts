import type { Geometry } from 'geojson'
import type { ExportCrs } from './crs.ts'

/*
 * What the writers take: one layer in the target CRS with typed fields in catalogue
 * order. Enumerations are written as their codes; the German labels travel as field
 * aliases (GeoPackage), a field list (Shapefile) or a second header column (CSV).
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'string[]'

export interface ExportField {
  key: string
  type: FieldType
  /** German label: CSV header, GeoPackage alias, the Shapefile's field list. */
  label: string
  /** Enumerations: code → German label, for the label column of the CSV. */
  options?: ReadonlyMap<string, string>
}

export type ExportGeometryType = 'Point' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon' | 'Geometry'

export interface ExportFeature {
  id: string | number
  geometry: Geometry | null
  properties: Record<string, unknown>
}

export interface ExportLayer {
  name: string
  title: string
  crs: ExportCrs
  geometryType: ExportGeometryType
  fields: ExportField[]
  features: ExportFeature[]
}
