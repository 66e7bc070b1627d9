/**
 * Paper sizes and the print layout in millimetres, shared by the PDF and the PNG
 * composer so both put everything in the same place.
 *
 * @example
 * pagePixels({ format: 'A4', orientation: 'landscape', dpi: 150 }) // { width: 1754, height: 1240 }
 */

export type PaperFormat = 'A4' | 'A3'
export type Orientation = 'portrait' | 'landscape'
export type Dpi = 150 | 300

export interface PrintLayout {
  format: PaperFormat
  orientation: Orientation
  dpi: Dpi
}

export const FORMATS: readonly PaperFormat[] = ['A4', 'A3']
export const DPIS: readonly Dpi[] = [150, 300]

/** ISO 216, portrait width × height in mm. */
const PAPER_MM: Record<PaperFormat, [number, number]> = { A4: [210, 297], A3: [297, 420] }

export const MM_PER_INCH = 25.4

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export function pageSizeMm({ format, orientation }: Pick<PrintLayout, 'format' | 'orientation'>): { w: number; h: number } {
  const [a, b] = PAPER_MM[format]
  return orientation === 'portrait' ? { w: a, h: b } : { w: b, h: a }
}

/** Millimetres to device pixels at a resolution. */
export const mmToPx = (mm: number, dpi: number) => Math.round((mm / MM_PER_INCH) * dpi)

/** The whole page in pixels (what the PNG export produces). */
export function pagePixels(layout: PrintLayout): { width: number; height: number } {
  const { w, h } = pageSizeMm(layout)
  return { width: mmToPx(w, layout.dpi), height: mmToPx(h, layout.dpi) }
}

export const MARGIN_MM = 10
const HEADER_MM = 16
const FOOTER_MM = 16
const GAP_MM = 5
/** Landscape: legend column to the right of the map. Portrait: legend band below it. */
const LEGEND_COLUMN_MM = 62
const LEGEND_BAND_MM = 60

export interface PageBoxes {
  page: { w: number; h: number }
  header: Box
  map: Box
  legend: Box
  footer: Box
}

/**
 * Where title, map, legend and footer go. A4 landscape: map 210 × 153 mm,
 * legend 62 mm wide beside it (the e2e test hand-computes its pixel size from this).
 */
export function layoutBoxes(layout: Pick<PrintLayout, 'format' | 'orientation'>): PageBoxes {
  const page = pageSizeMm(layout)
  const innerW = page.w - 2 * MARGIN_MM
  const header: Box = { x: MARGIN_MM, y: MARGIN_MM, w: innerW, h: HEADER_MM }
  const footer: Box = { x: MARGIN_MM, y: page.h - MARGIN_MM - FOOTER_MM, w: innerW, h: FOOTER_MM }
  const top = header.y + header.h
  const bodyH = footer.y - GAP_MM - top
  if (layout.orientation === 'landscape') {
    const mapW = innerW - LEGEND_COLUMN_MM - GAP_MM
    return { page, header, footer, map: { x: MARGIN_MM, y: top, w: mapW, h: bodyH }, legend: { x: MARGIN_MM + mapW + GAP_MM, y: top, w: LEGEND_COLUMN_MM, h: bodyH } }
  }
  const mapH = bodyH - LEGEND_BAND_MM - GAP_MM
  return { page, header, footer, map: { x: MARGIN_MM, y: top, w: innerW, h: mapH }, legend: { x: MARGIN_MM, y: top + mapH + GAP_MM, w: innerW, h: LEGEND_BAND_MM } }
}

/** The map box in device pixels at the layout's resolution. */
export function mapPixels(layout: PrintLayout): { width: number; height: number } {
  const { map } = layoutBoxes(layout)
  return { width: mmToPx(map.w, layout.dpi), height: mmToPx(map.h, layout.dpi) }
}
