/**
 * Scale of a printed web map. MapLibre draws 512-px tiles in CSS pixels; at zoom z
 * and latitude φ one CSS pixel covers C·cos φ / (512 · 2^z) metres of ground, where
 * C = 40,075,016.686 m is the equator's length. The print renders the map with
 * 96 CSS pixels per inch of paper (pixelRatio = dpi / 96), so the same holds on paper.
 *
 * @example
 * groundResolution(51.7, 10) // ≈ 47.37 m per CSS pixel
 * scaleBar(groundResolution(51.7, 10), 40) // { metres: 5000, mm: 27.9..., label: '5 km' }
 */

export const EARTH_CIRCUMFERENCE_M = 40_075_016.686
/** CSS pixels per inch (what pixelRatio 1 means on paper). */
export const CSS_DPI = 96

/** Metres of ground per CSS pixel at a latitude and MapLibre zoom. */
export function groundResolution(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom)
}

/** Metres of ground per millimetre of paper. */
export function metresPerMm(lat: number, zoom: number): number {
  return (groundResolution(lat, zoom) * CSS_DPI) / 25.4
}

/** The MapLibre zoom at which one millimetre of paper covers `metres` of ground (inverse of metresPerMm). */
export function zoomForMetresPerMm(lat: number, metres: number): number {
  return Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180) * CSS_DPI) / (25.4 * 512 * metres))
}

/** The zoom that prints at 1 : denominator, e.g. zoomForScale(51.7, 25_000) ≈ 12.84. */
export function zoomForScale(lat: number, denominator: number): number {
  return zoomForMetresPerMm(lat, denominator / 1000)
}

/** The scale denominator (1 : n), rounded to a readable figure. */
export function scaleDenominator(lat: number, zoom: number): number {
  const n = metresPerMm(lat, zoom) * 1000
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1)
  return Math.round(n / magnitude) * magnitude
}

export interface ScaleBar {
  metres: number
  /** Length on paper. */
  mm: number
  label: string
}

/** The longest 1, 2 or 5 × 10^k metres that fits in maxMm of paper. */
export function scaleBar(metresPerPaperMm: number, maxMm: number): ScaleBar {
  const maxMetres = metresPerPaperMm * maxMm
  const pow = 10 ** Math.floor(Math.log10(maxMetres))
  const metres = [5, 2, 1].map((f) => f * pow).find((m) => m <= maxMetres) ?? pow
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
  return { metres, mm: metres / metresPerPaperMm, label }
}
