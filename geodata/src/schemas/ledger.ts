/** What the API answers about the booking ledger and the audit trail of a pool area. */

export interface Booking {
  id: number
  kind: 'reservierung' | 'abbuchung'
  status: 'aktiv' | 'freigegeben' | 'storniert'
  intervention_name: string
  reference: string | null
  municipality_ags: string
  municipality: string
  points: number
  valid_until: string | null
  /** An active reservation past its valid_until: it no longer holds points (shown as "abgelaufen"). */
  expired: boolean
  reason: string | null
  created_by: string | null
  created_at: string
}

export interface HistoryEntry {
  id: string
  at: string
  account_email: string | null
  action: string
  entity: string
  entity_id: number
  reason: string | null
  /** The row (or the part of it a status change touches) before and after the change. */
  before?: unknown
  after?: unknown
}
