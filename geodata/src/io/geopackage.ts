import type { SqlJsStatic, SqlValue } from 'sql.js'
import { crsOfEpsg } from './crs.ts'
import { FileProblem, type RawFeature, type RawLayer } from './types.ts'
import { decodeGpkgGeometry } from './wkb.ts'

/*
 * Reading a GeoPackage (an SQLite file) with sql.js: every feature table listed in
 * gpkg_contents, its geometry column and CRS from gpkg_geometry_columns and
 * gpkg_spatial_ref_sys, and every other column as an attribute. The SQL engine is
 * passed in: the browser loads sql.js' wasm from its own bundle, Node from
 * node_modules (sqljs-node.ts).
 */

/** Tables and columns come from the file itself, so they are quoted, never trusted. */
const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`

function rows(db: { exec: (sql: string, params?: SqlValue[]) => { columns: string[]; values: SqlValue[][] }[] }, sql: string, params?: SqlValue[]): Record<string, SqlValue>[] {
  const [result] = db.exec(sql, params)
  if (!result) return []
  return result.values.map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]!])))
}

/** The feature layers of a GeoPackage. Throws when the file is not one. */
export function readGeoPackage(bytes: Uint8Array, SQL: SqlJsStatic): RawLayer[] {
  const sqliteMagic = 'SQLite format 3\0'
  if (bytes.length < 16 || String.fromCharCode(...bytes.subarray(0, 16)) !== sqliteMagic) {
    throw new FileProblem('not-geopackage', 'Die Datei ist kein GeoPackage (keine SQLite-Datenbank).')
  }
  const db = new SQL.Database(bytes)
  try {
    let tables: Record<string, SqlValue>[]
    try {
      tables = rows(
        db,
        `SELECT c.table_name, g.column_name, g.srs_id, s.srs_name, s.organization, s.organization_coordsys_id
           FROM gpkg_contents c
           JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
           LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
          WHERE c.data_type = 'features'
          ORDER BY c.table_name`,
      )
    } catch {
      throw new FileProblem('not-geopackage', 'Die Datei ist kein GeoPackage (die Tabellen gpkg_contents und gpkg_geometry_columns fehlen).')
    }
    return tables.map((t) => {
      const table = String(t.table_name)
      const geomColumn = String(t.column_name)
      const organization = String(t.organization ?? '').toUpperCase()
      const code = Number(organization === 'EPSG' ? t.organization_coordsys_id : t.srs_id)
      const crs = crsOfEpsg(code, String(t.srs_name ?? ''))
      const info = rows(db, `PRAGMA table_info(${quote(table)})`)
      const attributes = info.filter((c) => c.name !== geomColumn && !(Number(c.pk) === 1 && /INT/i.test(String(c.type)))).map((c) => String(c.name))
      const features: RawFeature[] = rows(db, `SELECT ${[geomColumn, ...attributes].map(quote).join(', ')} FROM ${quote(table)}`).map((row) => {
        const blob = row[geomColumn]
        const properties = Object.fromEntries(attributes.map((a) => [a, row[a] instanceof Uint8Array ? null : row[a]]))
        return { geometry: blob instanceof Uint8Array ? decodeGpkgGeometry(blob).geometry : null, properties }
      })
      return { name: table, crs, features }
    })
  } finally {
    db.close()
  }
}
