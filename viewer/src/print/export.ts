import { pagePixels, type PrintLayout } from './paper.ts'
import { canvasPainter, pdfPainter } from './painter.ts'
import { drawPage, type PrintContent } from './compose.ts'
import { embedPdfFonts } from './pdf-font.ts'
import { withPhys } from './png.ts'

/*
 * The print module's entry points, for the map and any other page (municipality
 * profiles): give a layout (format, orientation, dpi) and the content (title, map
 * image from renderMapImage or none, legend, sources), get a Blob. Fully offline:
 * jsPDF is bundled and loaded only when someone prints.
 *
 * @example
 * const layout = { format: 'A4', orientation: 'landscape', dpi: 150 } as const
 * const box = layoutBoxes(layout).map
 * const map = await renderMapImage(mapInstance, { widthMm: box.w, heightMm: box.h, dpi: layout.dpi })
 * downloadBlob(await exportPdf(layout, { title, date, map, legend, sources, labels }), 'karte.pdf')
 */

export async function exportPdf(layout: PrintLayout, content: PrintContent): Promise<Blob> {
  const { jsPDF } = await import('jspdf')
  const doc = new jsPDF({ orientation: layout.orientation, unit: 'mm', format: layout.format.toLowerCase(), compress: true })
  doc.setProperties({ title: content.title, creator: 'Regiopol Atlas' })
  drawPage(pdfPainter(doc, await embedPdfFonts(doc)), layout, content)
  return doc.output('blob')
}

export async function exportPng(layout: PrintLayout, content: PrintContent): Promise<Blob> {
  const { width, height } = pagePixels(layout)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  drawPage(canvasPainter(ctx, layout.dpi), layout, content)
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'))
  return new Blob([withPhys(new Uint8Array(await blob.arrayBuffer()), layout.dpi)], { type: 'image/png' })
}

/** Saves a Blob under a file name (the browser's download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** "Bauland an der Schiene" → "bauland-an-der-schiene" (umlauts spelled out). */
export function fileSlug(text: string): string {
  const spelled = text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  return spelled.normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'karte'
}
