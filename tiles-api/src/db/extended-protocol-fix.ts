import type { PGlite } from '@electric-sql/pglite'

/*
 * PGlite answers an errored extended-protocol message (Parse, Bind, Execute …) with
 * ErrorResponse *and* ReadyForQuery, and then goes on executing the rest of the batch.
 * A real server sends ReadyForQuery only at Sync and discards everything up to it.
 * postgres.js pipelines Parse/Bind/Describe/Execute/Sync, so the extra ReadyForQuery
 * silently shifts every later result by one query (a trigger's RAISE made a DELETE
 * "succeed" and the next SELECT fail). Upstream: electric-sql/pglite#958.
 *
 * The socket server feeds PGlite one frontend message at a time through
 * execProtocolRawStream; this wrapper restores the server's behaviour there:
 * no ReadyForQuery except at Sync, and after an error, skip to the next Sync.
 * It assumes one client connection at a time, which open.ts guarantees.
 */

const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)))
const READY_FOR_QUERY = 'Z'.charCodeAt(0)
const ERROR_RESPONSE = 'E'.charCodeAt(0)

/** Splits backend output into whole messages (type byte + int32 length + body). */
function* messages(data: Uint8Array): Generator<Uint8Array> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  let at = 0
  while (at + 5 <= data.length) {
    const end = at + 1 + view.getInt32(at + 1)
    yield data.subarray(at, end)
    at = end
  }
  if (at < data.length) yield data.subarray(at)
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) out.set(c, (at += c.length) - c.length)
  return out
}

export function fixExtendedProtocol(db: PGlite): void {
  const original = db.execProtocolRawStream.bind(db)
  let failed = false
  db.execProtocolRawStream = async (message, options) => {
    const type = message[0]!
    if (!EXTENDED.has(type)) {
      // Sync, simple Query, startup, terminate: pass through; Sync ends an errored batch.
      if (type === 'S'.charCodeAt(0)) failed = false
      return original(message, options)
    }
    if (failed) return
    const chunks: Uint8Array[] = []
    await original(message, { ...options, onRawData: (chunk) => chunks.push(chunk.slice()) })
    const kept: Uint8Array[] = []
    for (const m of messages(concat(chunks))) {
      if (m[0] === READY_FOR_QUERY) continue
      if (m[0] === ERROR_RESPONSE) failed = true
      kept.push(m)
    }
    if (kept.length) options?.onRawData(concat(kept))
  }
}
