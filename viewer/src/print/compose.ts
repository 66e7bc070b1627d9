import type { Swatch } from '../map/legend.ts'
import { layoutBoxes, MARGIN_MM, type Box, type PrintLayout } from './paper.ts'
import { placeLabels } from './map-labels.ts'
import type { Painter } from './painter.ts'
import type { MapImage } from './render-map.ts'
import { metresPerMm, scaleBar, scaleDenominator } from './scale.ts'

/*
 * One page: title and date on top, the map (or text) with scale bar and north arrow,
 * the legend beside (landscape) or below (portrait), sources and attribution at the foot.
 * Everything goes through a Painter, so the PDF and the PNG look the same.
 */

export interface LegendItem {
  label: string
  /** No swatch: a heading (layer title). */
  swatch?: Swatch
}

export interface PrintContent {
  title: string
  subtitle?: string
  /** Already formatted for the language, e.g. "Stand: 21.11.2026". */
  date: string
  map?: MapImage
  /** Text in the main box when there is no map, or under the title of a profile page. */
  body?: string[]
  legend: LegendItem[]
  /** Data sources and their attributions, one per entry. */
  sources: string[]
  /** Small print under the sources (e.g. "contains sample data"). */
  notes?: string[]
  labels: { legend: string; sources: string; north: string; scale: (denominator: number) => string }
}

const TEXT = '#1a1a1a'
const MUTED = '#555555'

function drawSwatch(p: Painter, s: Swatch, x: number, y: number): void {
  const w = 5
  const h = 3.2
  const stroke = s.stroke ?? s.color
  if (s.shape === 'area') p.rect(x, y, w, h, { fill: s.color, stroke, lineWidthMm: 0.2 })
  else if (s.shape === 'outline') p.rect(x, y, w, h, { stroke: s.color, lineWidthMm: 0.5, ...(s.dash && { dash: s.dash.map((d) => d * 0.4) }) })
  else if (s.shape === 'line') p.path([[x, y + h / 2], [x + w, y + h / 2]], { stroke: s.color, lineWidthMm: 0.6, ...(s.dash && { dash: s.dash.map((d) => d * 0.4) }) })
  else if (s.shape === 'circle') p.circle(x + w / 2, y + h / 2, 1.5, { fill: s.color, stroke: s.stroke ?? '#ffffff', lineWidthMm: 0.25 })
  // A ring: white inside, its colour is the stroke (a white-filled circle layer, e.g. rail stops).
  else p.circle(x + w / 2, y + h / 2, 1.4, { fill: '#ffffff', stroke: s.stroke || (s.color === '#ffffff' ? TEXT : s.color), lineWidthMm: 0.5 })
}

function drawLegend(p: Painter, box: Box, content: PrintContent, portrait: boolean): void {
  const columnW = portrait ? Math.min(62, box.w) : box.w
  let x = box.x
  let y = box.y + 4
  p.text(content.labels.legend, x, y, { sizePt: 11, bold: true })
  y += 3
  for (const item of content.legend) {
    const style = { sizePt: item.swatch ? 7.5 : 8.5, bold: !item.swatch }
    const lines = p.wrap(item.label, columnW - (item.swatch ? 8 : 0) - 2, style)
    const need = (item.swatch ? 0.8 : 2) + lines.length * 3.3
    if (y + need > box.y + box.h) {
      x += columnW + 4
      y = box.y + 7
      if (x + columnW > box.x + box.w + 0.01) return // the rest does not fit; the screen legend has it all
    }
    y += item.swatch ? 0.8 : 2
    if (item.swatch) drawSwatch(p, item.swatch, x, y)
    lines.forEach((line, i) => p.text(line, x + (item.swatch ? 7 : 0), y + 2.7 + i * 3.3, style))
    y += lines.length * 3.3
  }
}

function drawScaleBar(p: Painter, box: Box, map: MapImage, content: PrintContent): void {
  const bar = scaleBar(metresPerMm(map.center.lat, map.zoom), Math.min(40, box.w / 3))
  const x = box.x + 4
  const y = box.y + box.h - 10
  p.rect(x - 2, y - 4, Math.max(bar.mm, 34) + 8, 12, { fill: '#ffffff' })
  const half = bar.mm / 2
  p.rect(x, y, half, 1.6, { fill: TEXT, stroke: TEXT, lineWidthMm: 0.2 })
  p.rect(x + half, y, half, 1.6, { fill: '#ffffff', stroke: TEXT, lineWidthMm: 0.2 })
  p.text('0', x, y - 1, { sizePt: 7, align: 'center' })
  p.text(bar.label, x + bar.mm, y - 1, { sizePt: 7, align: 'center' })
  p.text(content.labels.scale(scaleDenominator(map.center.lat, map.zoom)), x, y + 5, { sizePt: 7, color: MUTED })
}

const LABEL_STYLE = { sizePt: 7.5, color: '#333333', align: 'center', halo: true } as const

/** Names on the map (municipalities) as text, biggest first, none overlapping. */
function drawMapLabels(p: Painter, box: Box, map: MapImage): void {
  const heightMm = LABEL_STYLE.sizePt * (25.4 / 72)
  const candidates = (map.labels ?? []).map((l) => ({ text: l.text, x: l.fx * box.w, y: l.fy * box.h }))
  for (const l of placeLabels(candidates, box, (text) => p.measure(text, LABEL_STYLE), heightMm)) {
    p.text(l.text, box.x + l.x, box.y + l.y + heightMm * 0.35, LABEL_STYLE)
  }
}

/** North arrow: points to map north, i.e. turned by minus the bearing. */
function drawNorthArrow(p: Painter, box: Box, bearing: number, label: string): void {
  const cx = box.x + box.w - 9
  const cy = box.y + 11
  const a = (-bearing * Math.PI) / 180
  const rot = ([dx, dy]: [number, number]): [number, number] => [cx + dx * Math.cos(a) - dy * Math.sin(a), cy + dx * Math.sin(a) + dy * Math.cos(a)]
  p.circle(cx, cy, 7, { fill: '#ffffff', stroke: MUTED, lineWidthMm: 0.2 })
  p.path([rot([0, -5]), rot([2.4, 3]), rot([0, 1.6])], { fill: TEXT, stroke: TEXT, lineWidthMm: 0.1 })
  p.path([rot([0, -5]), rot([-2.4, 3]), rot([0, 1.6])], { fill: '#ffffff', stroke: TEXT, lineWidthMm: 0.2 })
  const [lx, ly] = rot([0, -5.6])
  p.text(label, lx, ly + (Math.cos(a) > 0 ? -0.6 : 2.6), { sizePt: 7, bold: true, align: 'center' })
}

export function drawPage(p: Painter, layout: PrintLayout, content: PrintContent): void {
  const boxes = layoutBoxes(layout)
  const { header, map: mapBox, legend, footer } = boxes
  p.rect(0, 0, boxes.page.w, boxes.page.h, { fill: '#ffffff' })
  // Header: the title may take two lines; the date stays on the right.
  const titleLines = p.wrap(content.title, header.w - 45, { sizePt: 16, bold: true }).slice(0, 2)
  titleLines.forEach((line, i) => p.text(line, header.x, header.y + 6 + i * 6, { sizePt: 16, bold: true }))
  if (content.subtitle && titleLines.length === 1) p.text(content.subtitle, header.x, header.y + 12.5, { sizePt: 9, color: MUTED })
  p.text(content.date, header.x + header.w, header.y + 6, { sizePt: 9, color: MUTED, align: 'right' })

  if (content.map) {
    p.image(content.map.canvas, mapBox.x, mapBox.y, mapBox.w, mapBox.h)
    drawMapLabels(p, mapBox, content.map)
    drawScaleBar(p, mapBox, content.map, content)
    drawNorthArrow(p, mapBox, content.map.bearing, content.labels.north)
  } else {
    let y = mapBox.y + 5
    for (const paragraph of content.body ?? []) {
      for (const line of p.wrap(paragraph, mapBox.w, { sizePt: 10 })) {
        if (y > mapBox.y + mapBox.h) break
        p.text(line, mapBox.x, y, { sizePt: 10 })
        y += 4.6
      }
      y += 2
    }
  }
  p.rect(mapBox.x, mapBox.y, mapBox.w, mapBox.h, { stroke: MUTED, lineWidthMm: 0.3 })
  drawLegend(p, legend, content, layout.orientation === 'portrait')

  // Footer: sources in small print, as many lines as fit.
  const sourceText = `${content.labels.sources}: ${content.sources.join('; ')}`
  const lines = [...p.wrap(sourceText, footer.w, { sizePt: 6.5 }), ...(content.notes ?? []).flatMap((n) => p.wrap(n, footer.w, { sizePt: 6.5 }))]
  const maxLines = Math.floor((footer.h + MARGIN_MM - 3) / 2.7)
  lines.slice(0, maxLines).forEach((line, i) => p.text(line, footer.x, footer.y + 2.5 + i * 2.7, { sizePt: 6.5, color: i >= lines.length - (content.notes?.length ?? 0) ? '#5c3a00' : MUTED }))
}
