import type { Context } from 'hono'
import { requireVersion, versionTag } from '../version-tag.ts'

/*
 * An area's ETag is its row version (src/version-tag.ts). Every change of the area or
 * its ledger bumps the version, so the ETag changes with everything the item shows.
 * Signed-in clients get a different representation (restricted fields) and so a different tag.
 */

export const areaEtag = (id: number, version: number, full = false) => versionTag('area', id, version, full)

/** The version named by If-Match; 428 when it is missing, 412 when it names another version. */
export function requireIfMatch(c: Context, id: number, current: number): void {
  requireVersion(c, 'area', id, current, 'Die Fläche wurde inzwischen geändert. Bitte neu laden, die Änderungen prüfen und erneut speichern.')
}

/** Optional If-Match (status and ledger endpoints): checked when sent. */
export function checkIfMatch(c: Context, id: number, current: number): void {
  if (c.req.header('If-Match')) requireIfMatch(c, id, current)
}
