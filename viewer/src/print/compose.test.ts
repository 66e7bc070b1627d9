import { describe, expect, it } from 'vitest'
import { drawPage, type PrintContent } from './compose.ts'
import type { Painter, ShapeStyle, TextStyle } from './painter.ts'
import type { MapImage } from './render-map.ts'

interface Recorded {
  texts: { text: string; x: number; y: number; style: TextStyle }[]
  paths: { points: [number, number][]; style: ShapeStyle }[]
  images: { x: number; y: number; w: number; h: number }[]
}

/** A painter that records instead of drawing; text is 2 mm per character wide. */
function recorder(): Painter & { log: Recorded } {
  const log: Recorded = { texts: [], paths: [], images: [] }
  return {
    log,
    text: (text, x, y, style) => void log.texts.push({ text, x, y, style }),
    wrap: (text, width) => {
      const lines: string[] = []
      let line = ''
      for (const word of text.split(' ')) {
        if (line && (line.length + 1 + word.length) * 2 > width) {
          lines.push(line)
          line = word
        } else line = line ? `${line} ${word}` : word
      }
      return line ? [...lines, line] : lines
    },
    measure: (text) => text.length * 2,
    rect: () => undefined,
    circle: () => undefined,
    path: (points, style) => void log.paths.push({ points, style }),
    image: (_c, x, y, w, h) => void log.images.push({ x, y, w, h }),
  }
}

const map = (bearing: number): MapImage => ({ canvas: {} as HTMLCanvasElement, center: { lng: 8.75, lat: 51.7 }, zoom: 10, bearing })

const content = (m?: MapImage): PrintContent => ({
  title: 'Bauland an der Schiene',
  date: 'Stand: 21.11.2026',
  ...(m && { map: m }),
  body: m ? undefined : ['Einwohner 2023: 152.000'],
  legend: [{ label: 'Kommunen' }, { label: 'Kommunen', swatch: { shape: 'outline', color: '#4477AA' } }],
  sources: ['© GeoBasis-DE / BKG (2025)'],
  notes: ['Enthält Beispieldaten'],
  labels: { legend: 'Legende', sources: 'Quellen', north: 'N', scale: (n) => `Maßstab ca. 1 : ${n}` },
})

const A4_LANDSCAPE = { format: 'A4', orientation: 'landscape', dpi: 150 } as const

describe('the print page', () => {
  it('puts the title, date, map, legend, scale and sources on the page', () => {
    const p = recorder()
    drawPage(p, A4_LANDSCAPE, content(map(0)))
    const texts = p.log.texts.map((t) => t.text)
    expect(texts[0]).toBe('Bauland an der Schiene')
    expect(texts).toEqual(expect.arrayContaining(['Stand: 21.11.2026', 'Legende', 'Kommunen', '5 km', 'Maßstab ca. 1 : 180000', 'N']))
    expect(texts.some((t) => t.startsWith('Quellen: © GeoBasis-DE'))).toBe(true)
    expect(texts).toContain('Enthält Beispieldaten')
    expect(p.log.images).toEqual([{ x: 10, y: 26, w: 210, h: 153 }])
  })

  it('points the north arrow up when the map is not rotated, and left when east is up (bearing 90°)', () => {
    // Arrow centre: map box right edge − 9 mm, top + 11 mm = (211, 37); the tip is 5 mm from it.
    const tip = (bearing: number) => {
      const p = recorder()
      drawPage(p, A4_LANDSCAPE, content(map(bearing)))
      return p.log.paths[0]!.points[0]!
    }
    const [x0, y0] = tip(0)
    expect(x0).toBeCloseTo(211, 6)
    expect(y0).toBeCloseTo(32, 6)
    const [x90, y90] = tip(90)
    expect(x90).toBeCloseTo(206, 6)
    expect(y90).toBeCloseTo(37, 6)
    const [x180, y180] = tip(180)
    expect([x180, y180].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([211, 42])
  })

  it('prints text instead of a map for pages without one (municipality profiles)', () => {
    const p = recorder()
    drawPage(p, { format: 'A4', orientation: 'portrait', dpi: 150 }, content())
    expect(p.log.images).toHaveLength(0)
    expect(p.log.texts.map((t) => t.text)).toContain('Einwohner 2023: 152.000')
    expect(p.log.texts.map((t) => t.text)).not.toContain('N')
  })
})
