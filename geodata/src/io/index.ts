/*
 * Reading and writing the GIS files planners exchange (@regiopol/geodata/io): GeoPackage,
 * zipped Shapefile, GeoJSON, CSV and XPlanGML in; GeoPackage, Shapefile, GeoJSON and CSV
 * out. Pure code (browser and Node); sql.js is passed in where SQLite is needed.
 */
export * from './types.ts'
export * from './crs.ts'
export * from './csv.ts'
export * from './read.ts'
export * from './export-layer.ts'
export * from './export-files.ts'
export { readGeoPackage } from './geopackage.ts'
export { writeGeoPackage } from './geopackage-write.ts'
export { writeShapefiles } from './shapefile-write.ts'
export { shortFieldNames } from './field-names.ts'
export { decodeGpkgGeometry, encodeGpkgGeometry } from './wkb.ts'
export { unzip, zip } from './zip.ts'
export { xplanVersionOf } from './xplan.ts'
export * from './import-targets.ts'
export * from './mapping.ts'
