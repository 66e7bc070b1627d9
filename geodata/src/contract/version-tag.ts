/*
 * The ETag of a writable record (pool area, project, exchange post) is its row
 * version: "<kind>-<id>-v<version>", with "-full" for the representation signed-in
 * clients get. Every change bumps the version, so the tag changes with everything the
 * item shows, and If-Match compares versions, not bytes. The server sends these tags;
 * clients that know a record's version (it is a property of every writable record)
 * build the If-Match of a change with the same function.
 */

export type RecordKind = 'area' | 'project' | 'exchange'

export const versionTag = (kind: RecordKind, id: number | string, version: number, full = false) =>
  `"${kind}-${id}-v${version}${full ? '-full' : ''}"`

/**
 * Whether an If-Match header names this version (or `*`). A `W/` prefix is accepted:
 * hono/compress weakens the ETag of every gzip'd response, so a browser only ever sees
 * `W/"area-…"`; the tag still names the row version, which is what this compares.
 */
export function namesVersion(header: string, kind: RecordKind, id: number, version: number): boolean {
  const pattern = new RegExp(`^(?:W/)?"${kind}-(\\d+)-v(\\d+)(?:-full)?"$`)
  return header.split(',').some((t) => {
    const tag = t.trim()
    const m = pattern.exec(tag)
    return tag === '*' || (!!m && Number(m[1]) === id && Number(m[2]) === version)
  })
}
