import type { Context } from 'hono'
import { PreconditionFailed, PreconditionRequired } from '../errors.ts'

/*
 * An area's ETag is its row version (strong: If-Match compares strongly). Every
 * change of the area or its ledger bumps the version, so the ETag changes with
 * everything the item shows. Signed-in clients get a different representation
 * (restricted fields) and so a different tag.
 */

export const areaEtag = (id: number, version: number, full = false) => `"area-${id}-v${version}${full ? '-full' : ''}"`

/**
 * The version named by If-Match; 428 when it is missing, 412 when it names another version.
 * A `W/` prefix is accepted: hono/compress weakens the ETag of every gzip'd response, so a
 * browser only ever sees `W/"area-…"`. The tag still names the row version, which is what
 * this check compares (not bytes), so the prefix changes nothing about the precondition.
 */
export function requireIfMatch(c: Context, id: number, current: number): void {
  const header = c.req.header('If-Match')
  if (!header) throw new PreconditionRequired()
  const ok = header.split(',').some((t) => {
    const tag = t.trim()
    if (tag === '*') return true
    const m = /^(?:W\/)?"area-(\d+)-v(\d+)(?:-full)?"$/.exec(tag)
    return !!m && Number(m[1]) === id && Number(m[2]) === current
  })
  if (!ok) throw new PreconditionFailed(areaEtag(id, current))
}

/** Optional If-Match (status and ledger endpoints): checked when sent. */
export function checkIfMatch(c: Context, id: number, current: number): void {
  if (c.req.header('If-Match')) requireIfMatch(c, id, current)
}
