import { versionTag } from '@regiopol/geodata'
import type { VersionCheck } from '../../writes/version.ts'

/*
 * An area's ETag is its row version (the contract's versionTag). Every change of the
 * area or its ledger bumps the version, so the ETag changes with everything the item
 * shows. Signed-in clients get a different representation (restricted fields) and so a
 * different tag.
 */

export const areaEtag = (id: number, version: number, full = false) => versionTag('area', id, version, full)

/** If-Match of an area write: required for PATCH, checked when sent on status and ledger writes. */
export const areaIfMatch = (ifMatch: string | undefined, required = false): VersionCheck => ({
  kind: 'area', ifMatch, required,
  stale: 'Die Fläche wurde inzwischen geändert. Bitte neu laden, die Änderungen prüfen und erneut speichern.',
})
