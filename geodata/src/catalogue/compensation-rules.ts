import { compensationStatuses } from './enums.ts'

/*
 * The compensation pool's plain rules: status changes and limits. Zod-free, so the
 * viewer's main chunk can read them without the write schemas (schemas/compensation.ts
 * and schemas/geometry.ts validate with these values).
 */

export type CompensationStatus = (typeof compensationStatuses)[number]['value']

/** Fields the server computes or assigns; a client that sends one gets a 422 naming it. */
export const SERVER_OWNED_FIELDS = [
  'id', 'area_ha', 'version', 'eco_points_available', 'status_history', 'created_at', 'updated_at',
  'created_by', 'updated_by', 'sample', 'municipality', 'posted_on', 'closed_on', 'closed_at', 'expired',
] as const

/** Every status change that can happen at all. */
export const STATUS_TRANSITIONS: Record<CompensationStatus, readonly CompensationStatus[]> = {
  geplant: ['verfuegbar', 'stillgelegt'],
  verfuegbar: ['reserviert', 'zugeordnet', 'stillgelegt'],
  reserviert: ['verfuegbar', 'zugeordnet', 'stillgelegt'],
  zugeordnet: ['verfuegbar', 'reserviert', 'stillgelegt'],
  stillgelegt: [],
}

/**
 * The changes a user asks for through the status endpoint. Between verfügbar,
 * reserviert and zugeordnet the ledger decides (the status follows the balance);
 * nothing leaves stillgelegt.
 */
export const MANUAL_TRANSITIONS: Record<CompensationStatus, readonly CompensationStatus[]> = {
  geplant: ['verfuegbar', 'stillgelegt'],
  verfuegbar: ['stillgelegt'],
  reserviert: ['stillgelegt'],
  zugeordnet: ['stillgelegt'],
  stillgelegt: [],
}

/** Biotope values per m² (NRW method: 0–10; generous upper bound). */
export const MAX_BIOTOPE_VALUE = 100
export const MAX_ECO_POINTS = 2_000_000_000

/** At most this many positions per area geometry: keeps a single write cheap for PostGIS. */
export const MAX_VERTICES = 5000
/** How far (metres) an area may reach over its municipality's boundary: the boundaries are generalised. */
export const BOUNDARY_TOLERANCE_M = 50
/** Overlap (m²) with another active pool area that is still tolerated (digitising noise). */
export const OVERLAP_TOLERANCE_M2 = 100
