/** A text in both UI languages. German is the default everywhere. */
export interface I18nText {
  de: string
  en: string
}

export interface EnumOption {
  /** The value stored in the database and used in filters and URLs. */
  value: string
  label: I18nText
  /** Fill or marker colour (colour-blind-safe palettes, see styles.ts). */
  color?: string
}

export type PropertyType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'enum' | 'string[]'

export interface PropertyDef {
  /** Column name in the layer's relation and key in GeoJSON `properties`. */
  key: string
  type: PropertyType
  label: I18nText
  /** Unit shown after the value, e.g. "ha", "km²", "Punkte". */
  unit?: string
  /** Allowed values for `enum` (and for each element of an enum-like `string[]`). */
  options?: readonly EnumOption[]
  /** May be used as a simple equality filter on `/items` (OGC API queryable). */
  queryable?: boolean
  /** Id of another layer this value points to (rendered as a link in the viewer). */
  references?: LayerId
  /** Never served to anonymous clients (contact data, internal notes). */
  restricted?: boolean
}

export type GeometryType = 'Point' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon' | 'Geometry'

export type LayerGroup = 'verwaltung' | 'verkehr' | 'siedlung' | 'umwelt' | 'gesundheit' | 'projekte' | 'bevoelkerung'

export type LayerId =
  | 'districts'
  | 'municipalities'
  | 'rail_stops'
  | 'rail_lines'
  | 'development_land'
  | 'compensation_areas'
  | 'health_facilities'
  | 'projects'
  | 'project_points'
  | 'project_areas'
  | 'population_grid'
  | 'exchange_posts'

export interface LayerStyle {
  /** Property whose enum options colour the features; options without colour use `color`. */
  colorBy?: string
  color: string
  /** Property whose value is written as a label. */
  labelBy?: string
  /** Property whose enum value decides the outline dash pattern (status shown by more than colour). */
  dashBy?: string
  /** Minimum zoom at which the layer is drawn. */
  minzoom?: number
}

export interface Attribution {
  text: string
  licence: string
  url?: string
}

export interface LayerDef {
  id: LayerId
  /** Table or view the API reads from. */
  relation: string
  /**
   * A relation that also holds the records `relation` hides because they expired (the
   * exchange board); signed-in clients read it with `?include=expired`.
   */
  expiredRelation?: string
  /**
   * Accounts write it through /api/collections/{id}/items (create, change, delete as in
   * OGC API - Features Part 4); the API's feature for the layer defines how.
   */
  writable?: boolean
  /** Column that holds the OGC feature id. */
  idColumn: string
  /** Type of that id: integer ids in URLs are checked before they reach SQL. */
  idType: 'integer' | 'string'
  geometryType: GeometryType
  /** Geometry may be absent (projects without a location). */
  geometryOptional?: boolean
  group: LayerGroup
  title: I18nText
  description: I18nText
  /** Property used as the feature's display name (search, info panel heading). */
  nameProperty: string
  properties: readonly PropertyDef[]
  style: LayerStyle
  attribution: readonly Attribution[]
  /** True when the layer holds invented sample records (flagged per record by `sample`). */
  sample: boolean
  /** Visible when the viewer opens. */
  visibleByDefault: boolean
  /** Source-layer name for vector tiles. */
  sourceLayer: string
  /**
   * The date properties that place a feature in time (OGC API `datetime`, `extent.temporal`):
   * one date, or the start and end of an interval. Layers without it are timeless.
   */
  temporal?: { start: string; end?: string }
  /** A collection derived from another layer's table (GIS clients): it shares that layer's data version. */
  versionLayer?: LayerId
  /** Served but not listed under /collections: its geometry types are mixed, GIS clients use the derived collections. */
  unlisted?: boolean
}
