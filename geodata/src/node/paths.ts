import { fileURLToPath } from 'node:url'

/** Folders of this package, for the code in Node that reads them. */
export const migrationsDir = fileURLToPath(new URL('../../migrations/', import.meta.url))
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url))
export const sampleDir = fileURLToPath(new URL('../../seed/sample/', import.meta.url))
