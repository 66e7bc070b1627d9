/**
 * Position of a value against the median on the comparison chart: a log₂ scale from
 * a quarter to four times the median, so "half" and "double" are equally far from it.
 * Values beyond either end sit at the end (clamped), zero at the left end.
 *
 * @example
 * ratioPosition(20, 10) // 0.75 (double the median)
 * ratioPosition(5, 10)  // 0.25 (half)
 * ratioPosition(0, 10)  // 0 (clamped)
 */
export const RATIO_RANGE = 4

export function ratioPosition(value: number | null, median: number | null): number | null {
  if (value === null || median === null || !(median > 0) || !Number.isFinite(value)) return null
  if (value <= 0) return 0
  const p = (Math.log2(value / median) + Math.log2(RATIO_RANGE)) / (2 * Math.log2(RATIO_RANGE))
  return Math.min(1, Math.max(0, p))
}
