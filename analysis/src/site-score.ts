/**
 * A combined site score 0..100 with user weights. Each criterion is scaled to 0..1:
 * - distance: 1 at the stop, 0 at `distanceMaxM` (default 3,000 m, the outer edge of Bauland an der Schiene);
 * - service: the stop's service level (stop-service.ts);
 * - size: area / `sizeRefHa` (default 20 ha), capped at 1;
 * - hospital: 1 - car minutes / `hospitalMaxMin` (default 30, G-BA), floored at 0;
 * - catchment: share of the site inside the catchment.
 * score = 100 × Σ wᵢ·cᵢ / Σ wᵢ. Weights need not sum to 1.
 *
 * @example
 * scoreSite(row, { distance: 2, service: 1, size: 0, hospital: 1, catchment: 0 }) // 71.4
 */
import type { SiteRow } from './sites.ts'

export interface ScoreWeights { distance: number; service: number; size: number; hospital: number; catchment: number }
export interface ScoreScales { distanceMaxM: number; sizeRefHa: number; hospitalMaxMin: number }

export const DEFAULT_WEIGHTS: ScoreWeights = { distance: 0.4, service: 0.2, size: 0.1, hospital: 0.2, catchment: 0.1 }
export const DEFAULT_SCALES: ScoreScales = { distanceMaxM: 3000, sizeRefHa: 20, hospitalMaxMin: 30 }

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0)

export function scoreCriteria(row: SiteRow, scales: ScoreScales = DEFAULT_SCALES): ScoreWeights {
  return {
    distance: clamp01(1 - row.distanceM / scales.distanceMaxM),
    service: clamp01(row.stopService),
    size: clamp01(row.areaHa / scales.sizeRefHa),
    hospital: clamp01(1 - row.hospitalCarMin / scales.hospitalMaxMin),
    catchment: clamp01(row.catchmentShare),
  }
}

export function scoreSite(row: SiteRow, weights: ScoreWeights = DEFAULT_WEIGHTS, scales: ScoreScales = DEFAULT_SCALES): number {
  const c = scoreCriteria(row, scales)
  const keys = Object.keys(weights) as (keyof ScoreWeights)[]
  const total = keys.reduce((s, k) => s + Math.max(0, weights[k]), 0)
  if (total === 0) return 0
  return (100 * keys.reduce((s, k) => s + Math.max(0, weights[k]) * c[k], 0)) / total
}
