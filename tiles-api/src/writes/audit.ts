import type { Db } from '../db/queries/db.ts'
import type { Principal } from '../auth/principal.ts'

/* The append-only audit trail (migration 0010 refuses UPDATE, DELETE, TRUNCATE). */

export interface AuditEntry {
  action: string
  entity: 'compensation_area' | 'compensation_booking' | 'project' | 'exchange_post'
  entityId: number
  /** The pool area a pool row belongs to (its history lists by it). */
  areaId?: number
  reason?: string | null | undefined
  before?: unknown
  after?: unknown
}

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function writeAudit(tx: Db, who: Principal, e: AuditEntry) {
  await tx`insert into audit_log (account_id, account_email, action, entity, entity_id, area_id, reason, before, after)
    values (${who.accountId}, ${who.email}, ${e.action}, ${e.entity}, ${e.entityId}, ${e.areaId ?? null}, ${e.reason ?? null},
            ${e.before == null ? null : tx.json(e.before as never)},
            ${e.after == null ? null : tx.json(e.after as never)})`
}
