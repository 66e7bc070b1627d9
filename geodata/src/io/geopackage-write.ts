import type { SqlJsStatic } from 'sql.js'
import { OGC_WKT } from './crs-wkt.ts'
import type { ExportField, ExportLayer } from './export-layer.ts'
import { boundsOf, encodeGpkgGeometry } from './wkb.ts'

/*
 * Writing a GeoPackage 1.3 (OGC 12-128r18) with sql.js: the required tables
 * (gpkg_spatial_ref_sys with EPSG's WKT, gpkg_contents with the extent,
 * gpkg_geometry_columns), one feature table per layer, and the German labels as field
 * titles in gpkg_data_columns (the schema extension), which QGIS shows as aliases.
 * Lists are written as text joined with "; " (a GeoPackage column has no array type).
 */

const SQL_TYPES: Record<ExportField['type'], string> = {
  string: 'TEXT',
  'string[]': 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
  boolean: 'BOOLEAN',
  date: 'DATE',
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`

const GEOMETRY_TYPE_NAMES: Record<ExportLayer['geometryType'], string> = {
  Point: 'POINT',
  LineString: 'LINESTRING',
  MultiLineString: 'MULTILINESTRING',
  Polygon: 'POLYGON',
  MultiPolygon: 'MULTIPOLYGON',
  Geometry: 'GEOMETRY',
}

const SCHEMA = `
  PRAGMA application_id = 1196444487;
  PRAGMA user_version = 10300;
  CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
  CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
    description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
  CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
  CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
    scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
  CREATE TABLE gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, title TEXT,
    description TEXT, mime_type TEXT, constraint_name TEXT, CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),
    CONSTRAINT gdc_tn UNIQUE (table_name, name));
  CREATE TABLE gpkg_data_column_constraints (constraint_name TEXT NOT NULL, constraint_type TEXT NOT NULL, value TEXT,
    min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, max_is_inclusive BOOLEAN, description TEXT,
    CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value));
  INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
  INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
  INSERT INTO gpkg_extensions VALUES ('gpkg_data_columns', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec/#extension_schema', 'read-write');
  INSERT INTO gpkg_extensions VALUES ('gpkg_data_column_constraints', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec/#extension_schema', 'read-write');
`

/** A value as SQLite stores it for the field's type. */
function sqlValue(field: ExportField, v: unknown): string | number | null {
  if (v === null || v === undefined) return null
  if (field.type === 'boolean') return v ? 1 : 0
  if (field.type === 'string[]') return Array.isArray(v) ? v.join('; ') : String(v)
  if (field.type === 'integer' || field.type === 'number') return Number(v)
  return String(v)
}

/** The bytes of a GeoPackage holding the layers (each in its own CRS). */
export function writeGeoPackage(layers: readonly ExportLayer[], SQL: SqlJsStatic): Uint8Array {
  const db = new SQL.Database()
  try {
    db.run(SCHEMA)
    for (const crs of new Set(layers.map((l) => l.crs))) {
      const { name, wkt } = OGC_WKT[crs]
      db.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)', [name, crs, 'EPSG', crs, wkt, null])
    }
    for (const layer of layers) writeLayer(db, layer)
    return db.export()
  } finally {
    db.close()
  }
}

function writeLayer(db: InstanceType<SqlJsStatic['Database']>, layer: ExportLayer) {
  const table = quote(layer.name)
  const columns = layer.fields.map((f) => `${quote(f.key)} ${SQL_TYPES[f.type]}`)
  db.run(`CREATE TABLE ${table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${GEOMETRY_TYPE_NAMES[layer.geometryType]}${columns.map((c) => `, ${c}`).join('')})`)
  const bounds = layer.features.reduce<[number, number, number, number] | null>((acc, f) => {
    if (!f.geometry) return acc
    const b = boundsOf(f.geometry)
    return acc ? [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])] : b
  }, null)
  db.run('INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    layer.name,
    'features',
    layer.name,
    layer.title,
    ...(bounds ?? [null, null, null, null]),
    layer.crs,
  ])
  db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [layer.name, 'geom', GEOMETRY_TYPE_NAMES[layer.geometryType], layer.crs])
  for (const f of layer.fields) db.run('INSERT INTO gpkg_data_columns (table_name, column_name, name, title) VALUES (?, ?, ?, ?)', [layer.name, f.key, f.label, f.label])
  const insert = db.prepare(`INSERT INTO ${table} (geom${layer.fields.map((f) => `, ${quote(f.key)}`).join('')}) VALUES (?${', ?'.repeat(layer.fields.length)})`)
  db.run('BEGIN')
  for (const feature of layer.features) {
    insert.run([feature.geometry ? encodeGpkgGeometry(feature.geometry, layer.crs) : null, ...layer.fields.map((f) => sqlValue(f, feature.properties[f.key]))])
  }
  db.run('COMMIT')
  insert.free()
}
