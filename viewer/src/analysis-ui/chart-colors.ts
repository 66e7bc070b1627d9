import { YLORBR } from './layers/analysis-surface.ts'

/** Colours for n thresholds from the map's YlOrBr palette: the fastest lightest, the slowest darkest. */
export function thresholdColors(n: number): string[] {
  if (n <= 1) return [YLORBR[5]]
  return Array.from({ length: n }, (_, k) => YLORBR[Math.round(2 + (k * 4) / (n - 1))]!)
}
