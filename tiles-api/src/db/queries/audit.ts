import type { Db } from './db.ts'
import type { HistoryEntry } from '@regiopol/geodata'
import type { Sql } from 'postgres'
import type { Principal } from '../../auth/principal.ts'

/* The append-only audit trail (migration 0010 refuses UPDATE, DELETE, TRUNCATE). */

export interface AuditEntry {
  action: string
  entity: 'compensation_area' | 'compensation_booking'
  entityId: number
  areaId: number
  reason?: string | null | undefined
  before?: unknown
  after?: unknown
}

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function writeAudit(tx: Db, who: Principal, e: AuditEntry) {
  await tx`insert into audit_log (account_id, account_email, action, entity, entity_id, area_id, reason, before, after)
    values (${who.accountId}, ${who.email}, ${e.action}, ${e.entity}, ${e.entityId}, ${e.areaId}, ${e.reason ?? null},
            ${e.before === undefined ? null : tx.json(e.before as never)},
            ${e.after === undefined ? null : tx.json(e.after as never)})`
}

export function areaHistory(sql: Sql, areaId: number) {
  return sql<HistoryEntry[]>`select id::text, at, account_email, action, entity, entity_id, reason, before, after
    from audit_log where area_id = ${areaId} order by id`
}
