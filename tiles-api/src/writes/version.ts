import { namesVersion, versionTag, type RecordKind } from '@regiopol/geodata'
import { PreconditionRequired, ProblemError } from '../errors.ts'

/*
 * Optimistic concurrency for every writable record: the tag format is the contract's
 * (`@regiopol/geodata` versionTag). A write names the version it read as the plain
 * If-Match value (`"area-7-v3"`, `*`, or nothing); HTTP routes pass the header, an
 * importer or the CLI pass what they read or `*`.
 */

export interface VersionCheck {
  kind: RecordKind
  /** The If-Match value the writer sent (undefined: none). */
  ifMatch: string | undefined
  /** 428 without If-Match; otherwise it is checked only when sent. */
  required: boolean
  /** The German `detail` of the 412. */
  stale: string
}

/** The current version must be the one named: 428 when required and missing, 412 (with the current tag) for another. */
export function checkVersion(check: VersionCheck, id: number, version: number): void {
  if (!check.ifMatch) {
    if (check.required) throw new PreconditionRequired()
    return
  }
  if (!namesVersion(check.ifMatch, check.kind, id, version)) {
    throw new ProblemError(412, 'stale-version', 'Veraltete Fassung', check.stale, { currentETag: versionTag(check.kind, id, version) })
  }
}
