import type { jsPDF } from 'jspdf'
import { fontRuns, type PdfFonts } from './pdf-font.ts'

/*
 * The few drawing operations the print layout needs, in millimetres from the top-left
 * corner of the page, once for jsPDF (vector text, so the PDF stays searchable) and once
 * for a canvas (the PNG). compose.ts draws the page through this interface only.
 */

export interface TextStyle {
  sizePt: number
  bold?: boolean
  color?: string
  align?: 'left' | 'right' | 'center'
  /** A white outline under the text (names on the map). */
  halo?: boolean
}

export interface ShapeStyle {
  fill?: string
  stroke?: string
  lineWidthMm?: number
  dash?: number[]
}

export interface Painter {
  text(text: string, x: number, y: number, style: TextStyle): void
  /** Splits a text into lines no wider than width mm. */
  wrap(text: string, width: number, style: TextStyle): string[]
  /** Width of a one-line text in mm. */
  measure(text: string, style: TextStyle): number
  rect(x: number, y: number, w: number, h: number, style: ShapeStyle): void
  circle(cx: number, cy: number, r: number, style: ShapeStyle): void
  /** An open polyline, or a closed polygon when style.fill is set. */
  path(points: [number, number][], style: ShapeStyle): void
  image(canvas: HTMLCanvasElement, x: number, y: number, w: number, h: number): void
}

const PT_TO_MM = 25.4 / 72

/** '#rgb', '#rrggbb' or 'rgb(a)(r, g, b, ...)' to [r, g, b]; anything else is black. */
export function rgbOf(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number]
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color.trim())
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]
  return [0, 0, 0]
}

/**
 * jsPDF's standard fonts (Helvetica, WinAnsi) cover Latin-1 with äöüß; the few
 * typographic characters beyond it are replaced so nothing prints as garbage. Only for
 * Helvetica: the PDFs embed Noto Sans (pdf-font.ts), which has them all.
 */
export function pdfSafe(text: string): string {
  return text.replace(/[–—]/g, '-').replace(/[„“”]/g, '"').replace(/[‚‘’]/g, "'").replace(/…/g, '...').replace(/−/g, '-').replace(/[^\u0000-\u00ff€]/g, '?')
}

/** Draws on a jsPDF page with embedded fonts (embedPdfFonts), or with jsPDF's Helvetica when none are given. */
export function pdfPainter(doc: jsPDF, fonts?: PdfFonts): Painter {
  const safe = fonts ? (text: string) => text : pdfSafe
  const font = (s: TextStyle, fallback = false) => {
    doc.setFont(fonts ? (fallback ? fonts.fallback : fonts.family) : 'helvetica', s.bold ? 'bold' : 'normal')
    doc.setFontSize(s.sizePt)
    doc.setTextColor(...rgbOf(s.color ?? '#1a1a1a'))
  }
  const runsOf = (text: string) => (fonts ? fontRuns(text) : [{ text: pdfSafe(text), fallback: false }])
  const widthOf = (text: string, s: TextStyle) =>
    runsOf(text).reduce((w, run) => {
      font(s, run.fallback)
      return w + doc.getTextWidth(run.text)
    }, 0)
  /** One line, run by run (each in its font), aligned as a whole. */
  const line = (text: string, x: number, y: number, s: TextStyle, mode: 'fill' | 'stroke') => {
    const total = widthOf(text, s)
    let cx = s.align === 'right' ? x - total : s.align === 'center' ? x - total / 2 : x
    for (const run of runsOf(text)) {
      font(s, run.fallback)
      doc.text(run.text, cx, y, { baseline: 'alphabetic', renderingMode: mode })
      cx += doc.getTextWidth(run.text)
    }
  }
  const shape = (s: ShapeStyle) => {
    if (s.fill) doc.setFillColor(...rgbOf(s.fill))
    if (s.stroke) doc.setDrawColor(...rgbOf(s.stroke))
    doc.setLineWidth(s.lineWidthMm ?? 0.2)
    doc.setLineDashPattern(s.dash ?? [], 0)
    return s.fill && s.stroke ? 'FD' : s.fill ? 'F' : 'S'
  }
  return {
    text(text, x, y, s) {
      if (s.halo) {
        // The halo is a faint white box, not stroked text: a second copy of the text would be read twice by search and copy.
        const w = widthOf(text, s)
        const h = s.sizePt * PT_TO_MM
        const x0 = s.align === 'right' ? x - w : s.align === 'center' ? x - w / 2 : x
        doc.saveGraphicsState()
        doc.setGState(new (doc as unknown as { GState: new (o: { opacity: number }) => Parameters<jsPDF['setGState']>[0] }).GState({ opacity: 0.7 }))
        doc.setFillColor(255, 255, 255)
        doc.rect(x0 - 0.4, y - h * 0.78, w + 0.8, h * 0.98, 'F')
        doc.restoreGraphicsState()
      }
      line(text, x, y, s, 'fill')
    },
    measure(text, s) {
      return widthOf(text, s)
    },
    wrap(text, width, s) {
      font(s)
      return doc.splitTextToSize(safe(text), width) as string[]
    },
    rect(x, y, w, h, s) {
      doc.rect(x, y, w, h, shape(s))
    },
    circle(cx, cy, r, s) {
      doc.circle(cx, cy, r, shape(s))
    },
    path(points, s) {
      if (points.length < 2) return
      const [x0, y0] = points[0]!
      const deltas = points.slice(1).map(([x, y], i) => [x - points[i]![0], y - points[i]![1]])
      doc.lines(deltas, x0, y0, [1, 1], shape(s), !!s.fill)
    },
    image(canvas, x, y, w, h) {
      // JPEG: the browser encodes it at once, where a PNG would be deflated in JavaScript.
      doc.addImage(canvas, 'JPEG', x, y, w, h, undefined, 'NONE')
    },
  }
}

export const CANVAS_FONT = "'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif"

export function canvasPainter(ctx: CanvasRenderingContext2D, dpi: number): Painter {
  const px = (mm: number) => (mm / 25.4) * dpi
  const font = (s: TextStyle) => {
    ctx.font = `${s.bold ? '700' : '400'} ${px(s.sizePt * PT_TO_MM)}px ${CANVAS_FONT}`
    ctx.fillStyle = s.color ?? '#1a1a1a'
    ctx.textAlign = s.align ?? 'left'
    ctx.textBaseline = 'alphabetic'
  }
  const finish = (s: ShapeStyle) => {
    ctx.setLineDash((s.dash ?? []).map(px))
    ctx.lineWidth = px(s.lineWidthMm ?? 0.2)
    if (s.fill) {
      ctx.fillStyle = s.fill
      ctx.fill()
    }
    if (s.stroke) {
      ctx.strokeStyle = s.stroke
      ctx.stroke()
    }
    ctx.setLineDash([])
  }
  return {
    text(text, x, y, s) {
      font(s)
      if (s.halo) {
        ctx.strokeStyle = '#ffffff'
        ctx.lineWidth = px(s.sizePt * PT_TO_MM * 0.25)
        ctx.lineJoin = 'round'
        ctx.strokeText(text, px(x), px(y))
      }
      ctx.fillText(text, px(x), px(y))
    },
    measure(text, s) {
      font(s)
      return (ctx.measureText(text).width / dpi) * 25.4
    },
    wrap(text, width, s) {
      font(s)
      const lines: string[] = []
      let line = ''
      for (const word of text.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word
        if (line && ctx.measureText(next).width > px(width)) {
          lines.push(line)
          line = word
        } else line = next
      }
      if (line) lines.push(line)
      return lines
    },
    rect(x, y, w, h, s) {
      ctx.beginPath()
      ctx.rect(px(x), px(y), px(w), px(h))
      finish(s)
    },
    circle(cx, cy, r, s) {
      ctx.beginPath()
      ctx.arc(px(cx), px(cy), px(r), 0, 2 * Math.PI)
      finish(s)
    },
    path(points, s) {
      ctx.beginPath()
      points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(px(x), px(y)) : ctx.lineTo(px(x), px(y))))
      if (s.fill) ctx.closePath()
      finish(s)
    },
    image(canvas, x, y, w, h) {
      ctx.drawImage(canvas, px(x), px(y), px(w), px(h))
    },
  }
}
