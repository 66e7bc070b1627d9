import { versionTag } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../auth/principal.ts'
import { ProblemError } from '../errors.ts'
import type { WritableCollection } from './collection.ts'

/*
 * Writes without If-Match (QGIS's Part 4 requests never send one). The rule: such a write
 * counts as made on the state the account last read with its token (client_reads, kept by
 * every items read), and it is refused with 412 when anyone else changed the record after
 * that read (audit_log). Otherwise it goes on as if it had sent the current ETag, which
 * the write checks again under the row lock: a change landing in between is a 412 too.
 * So a change the client has not seen is never overwritten; without any token read it is
 * a 428 as before. Own changes after the read do not count (QGIS edits twice in a row).
 */

/** Notes that this token client has read the collection now (one row per account and collection). */
export async function noteRead(sql: Sql, who: Principal | null, collection: string): Promise<void> {
  if (who?.via !== 'token') return
  await sql`insert into client_reads (account_id, collection) values (${who.accountId}, ${collection})
            on conflict (account_id, collection) do update set read_at = now()`
}

/** The If-Match a write without one stands for, or a 412/428 problem; undefined: no such record (the write answers 404). */
export async function impliedIfMatch(sql: Sql, who: Principal, def: WritableCollection, id: number): Promise<string | undefined> {
  const state = await def.access.state(sql, id)
  if (!state) return undefined
  // Only a token client's own reads stand in for If-Match: a browser session always sends it,
  // and the same account's token reads (QGIS) say nothing about what that browser has seen.
  const [read] = who.via !== 'token' ? [] : await sql<{ read_at: Date }[]>`select read_at from client_reads where account_id = ${who.accountId} and collection = ${def.id}`
  if (!read) {
    throw new ProblemError(428, 'if-match-required', 'If-Match fehlt',
      'Ohne If-Match nimmt der Server eine Änderung nur von einem Token-Client an, der die Sammlung vorher gelesen hat (z. B. die Ebene in QGIS geladen). Bitte If-Match mit dem ETag senden oder die Ebene neu laden.')
  }
  const [foreign] = await sql<{ at: Date; account_email: string | null }[]>`
    select at, account_email from audit_log
    where entity = ${def.access.entity} and entity_id = ${id} and at > ${read.read_at}
      and account_id is distinct from ${who.accountId}
    order by at desc limit 1`
  const current = versionTag(def.access.kind, id, state.version)
  if (foreign) {
    throw new ProblemError(412, 'stale-version', 'Veraltete Fassung',
      `Der Datensatz wurde nach Ihrem letzten Laden geändert (${foreign.at.toISOString()}, ${foreign.account_email ?? 'anderes Konto'}). Bitte die Ebene neu laden und die Änderung erneut vornehmen.`,
      { currentETag: current })
  }
  return current
}
