import type { CompensationStatus } from '@regiopol/geodata'

/** Between verfügbar, reserviert and zugeordnet the status follows the balance. */
export function derivedStatus(current: string, total: number, committed: number, reserved: number): string {
  if (!['verfuegbar', 'reserviert', 'zugeordnet'].includes(current)) return current
  if (total - committed > 0) return 'verfuegbar'
  return reserved > 0 ? 'reserviert' : 'zugeordnet'
}

export const statusLabel: Record<CompensationStatus, string> = {
  geplant: 'geplant',
  verfuegbar: 'verfügbar',
  reserviert: 'reserviert',
  zugeordnet: 'zugeordnet',
  stillgelegt: 'stillgelegt',
}
