import type { MunicipalityProfile } from '@regiopol/geodata'
import { fromUtm32 } from '@regiopol/analysis'
import { formatDate, type Language, type Translate } from '../i18n/index.ts'
import type { LegendItem, PrintContent } from '../print/compose.ts'
import { drawPage } from '../print/compose.ts'
import { downloadBlob, fileSlug } from '../print/export.ts'
import { pdfPainter } from '../print/painter.ts'
import { layoutBoxes, mmToPx, type PrintLayout } from '../print/paper.ts'
import { CSS_DPI, EARTH_CIRCUMFERENCE_M } from '../print/scale.ts'
import { PROFILE_MAP_COLOURS } from './ProfileMap.tsx'
import { comparisonLines, profileParagraphs } from './profile-text.ts'

/*
 * "Als PDF exportieren" for a profile, with the print module (viewer/src/print): page 1
 * is the module's map page (title, the profile map as an image, legend, scale bar, north
 * arrow, sources), page 2 the figures and the comparison as text in the same frame.
 */

const LAYOUT: PrintLayout = { format: 'A4', orientation: 'portrait', dpi: 150 }

/** Draws the on-screen SVG map into a canvas of the print box (white background, own scale bar and arrow left out). */
async function svgToCanvas(svg: SVGSVGElement, width: number, height: number): Promise<HTMLCanvasElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.querySelectorAll('.svg-furniture').forEach((n) => n.remove())
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.drawImage(image, 0, 0, width, height)
    return canvas
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** The MapLibre-style zoom at which the print module's scale bar matches the SVG's scale in the box. */
function equivalentZoom(svg: SVGSVGElement, width: number, height: number): { zoom: number; lat: number; lng: number } {
  const vb = svg.viewBox.baseVal
  const pxPerMetre = Math.min(width / vb.width, height / vb.height)
  const metresPerMm = 1 / pxPerMetre / (LAYOUT.dpi / 25.4)
  const [lng, lat] = fromUtm32(vb.x + vb.width / 2, -(vb.y + vb.height / 2))
  const zoom = Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180) * CSS_DPI) / (25.4 * 512 * metresPerMm))
  return { zoom, lat, lng }
}

export async function exportProfilePdf(profile: MunicipalityProfile, svg: SVGSVGElement, t: Translate, language: Language): Promise<string> {
  const box = layoutBoxes(LAYOUT).map
  const [w, h] = [mmToPx(box.w, LAYOUT.dpi), mmToPx(box.h, LAYOUT.dpi)]
  const canvas = await svgToCanvas(svg, w, h)
  const { zoom, lat, lng } = equivalentZoom(svg, w, h)
  const radius = profile.rail.radius_m
  const legend: LegendItem[] = [
    { label: t('profiles.legend.boundary'), swatch: { shape: 'outline', color: PROFILE_MAP_COLOURS.boundary } },
    { label: t('profiles.legend.catchment', { radius: String(radius) }), swatch: { shape: 'area', color: '#d6f1fb', stroke: PROFILE_MAP_COLOURS.catchment } },
    { label: t('profiles.legend.stop'), swatch: { shape: 'circle', color: '#ffffff', stroke: PROFILE_MAP_COLOURS.stop } },
    { label: t('profiles.legend.land'), swatch: { shape: 'area', color: PROFILE_MAP_COLOURS.land, stroke: '#6b5e00' } },
    { label: t('profiles.legend.rail'), swatch: { shape: 'line', color: PROFILE_MAP_COLOURS.rail } },
  ]
  const today = new Date().toISOString().slice(0, 10)
  const base: Omit<PrintContent, 'legend'> = {
    title: `${t('profiles.steckbrief')} ${profile.name}`,
    subtitle: t('profiles.district', { district: profile.district, rb: profile.regierungsbezirk }),
    date: t('profiles.asOf', { date: formatDate(today, language) }),
    sources: profile.sources,
    notes: [t('profiles.sample')],
    labels: { legend: t('print.legend'), sources: t('print.sources'), north: t('print.north'), scale: (n) => t('print.scale', { scale: n }) },
  }
  const { jsPDF } = await import('jspdf')
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true })
  doc.setProperties({ title: base.title, creator: 'Regiopol Atlas' })
  drawPage(pdfPainter(doc), LAYOUT, { ...base, legend, map: { canvas, center: { lng, lat }, zoom, bearing: 0 } })
  doc.addPage('a4', 'portrait')
  // Page 2: the figures as text; the legend band holds the comparison, a dot per verdict.
  const verdictColour: Record<string, string> = { strength: '#4477AA', weakness: '#EE6677', average: '#BBBBBB', context: '#FFFFFF', unknown: '#FFFFFF' }
  const comparison = comparisonLines(profile, t, language).map(({ line, verdict }) => ({ label: line, swatch: { shape: 'circle' as const, color: verdictColour[verdict]!, stroke: '#1a1a1a' } }))
  drawPage(pdfPainter(doc), LAYOUT, {
    ...base, legend: comparison, body: profileParagraphs(profile, t, language),
    labels: { ...base.labels, legend: `${t('profiles.comparison')} (${t('profiles.medianShort')} ${profile.comparison.municipalities})` },
  })
  const file = `steckbrief-${fileSlug(profile.name)}-${today}.pdf`
  downloadBlob(doc.output('blob'), file)
  return file
}
