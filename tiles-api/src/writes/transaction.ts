import type { Sql, TransactionSql } from 'postgres'
import type { Principal } from '../auth/principal.ts'
import { NotFound } from '../errors.ts'
import { requirePrincipal } from '../middleware/auth.ts'
import { actAs } from './act-as.ts'
import { writeAudit, type AuditEntry } from './audit.ts'
import { checkVersion, type VersionCheck } from './version.ts'

/*
 * The one shape of every write, free of HTTP: begin → act as the account (row-level
 * security, migration 0016) → lock → check the version → write → audit, all in one
 * transaction. Routes turn a request into plain values (who, the If-Match value, the
 * body) and call a feature's write function; importers, the CLI and OGC API Part 4
 * routes call the same functions.
 */

/** What a write hands back: its result and the audit rows of what it changed (written in order). */
export interface Written<T> {
  result: T
  audit: AuditEntry[]
}

export interface WriteOptions {
  /**
   * Tell PostgreSQL who writes and switch to regiopol_app (default). The exchange board
   * has no row-level security policies (and no grants for that role), so it says false.
   */
  rowSecurity?: boolean
}

/** Runs `work` in one transaction as `who`, then writes its audit rows in the same transaction. */
export async function writeTransaction<T>(
  sql: Sql, who: Principal | null, work: (tx: TransactionSql) => Promise<Written<T>>, { rowSecurity = true }: WriteOptions = {},
): Promise<T> {
  return (await sql.begin(async (tx) => {
    if (rowSecurity) await actAs(sql, tx, who)
    const { result, audit } = await work(tx)
    if (audit.length) {
      const by = requirePrincipal(who)
      for (const entry of audit) await writeAudit(tx, by, entry)
    }
    return result
  })) as T
}

/** How to find, lock and authorise one existing record of a feature. */
export interface RecordTarget<R extends { version: number }> {
  id: number
  /** Reads the row `for update`; undefined when there is none. */
  lock: (tx: TransactionSql, id: number) => Promise<R | undefined>
  /** German `detail` of the 404. */
  missing: string
  /** The writer this row allows (throws 401/403 otherwise). */
  authorise: (who: Principal | null, row: R) => Principal
  version: VersionCheck
}

/** A change of an existing record: lock it (404), authorise the caller on it, check If-Match, then `change` it. */
export function changeRecord<R extends { version: number }, T>(
  sql: Sql, who: Principal | null, target: RecordTarget<R>,
  change: (tx: TransactionSql, row: R, by: Principal) => Promise<Written<T>>, options?: WriteOptions,
): Promise<T> {
  return writeTransaction(sql, who, async (tx) => {
    const row = await target.lock(tx, target.id)
    if (!row) throw new NotFound(target.missing)
    const by = target.authorise(who, row)
    checkVersion(target.version, target.id, row.version)
    return change(tx, row, by)
  }, options)
}
