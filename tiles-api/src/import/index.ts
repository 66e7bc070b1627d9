/* The import pipeline and the exports for the command line (@regiopol/tiles-api/import). */
export { runImport, type ImportRequest } from './run.ts'
export { reportRows, REPORT_HEADER, type ImportReport } from './report.ts'
export { principalForEmail } from './principal.ts'
export { exportCollection } from '../export/routes.ts'
export { loadMapping, saveMapping } from './mappings.ts'
