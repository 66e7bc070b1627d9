export { importOsmExtract, type ImportResult } from './import-osm.ts'
export { pgrNearestSeconds } from './pgr-reference.ts'
