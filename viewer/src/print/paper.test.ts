import { describe, expect, it } from 'vitest'
import { layoutBoxes, mapPixels, pagePixels } from './paper.ts'

describe('the print layout', () => {
  it('makes A4 landscape 1754 × 1240 pixels at 150 dpi and 3508 × 2480 at 300 dpi', () => {
    // 297 mm / 25.4 × 150 = 1753.9; 210 mm / 25.4 × 150 = 1240.2
    expect(pagePixels({ format: 'A4', orientation: 'landscape', dpi: 150 })).toEqual({ width: 1754, height: 1240 })
    expect(pagePixels({ format: 'A4', orientation: 'landscape', dpi: 300 })).toEqual({ width: 3508, height: 2480 })
    expect(pagePixels({ format: 'A3', orientation: 'portrait', dpi: 150 })).toEqual({ width: 1754, height: 2480 })
  })

  it('gives the A4 landscape map 210 × 153 mm beside a 62 mm legend', () => {
    const boxes = layoutBoxes({ format: 'A4', orientation: 'landscape' })
    expect(boxes.map).toEqual({ x: 10, y: 26, w: 210, h: 153 })
    expect(boxes.legend.x + boxes.legend.w).toBe(287)
    // 210 / 25.4 × 150 = 1240.2, 153 / 25.4 × 150 = 903.5
    expect(mapPixels({ format: 'A4', orientation: 'landscape', dpi: 150 })).toEqual({ width: 1240, height: 904 })
  })

  it('puts the legend below the map in portrait and keeps every box on the page', () => {
    for (const format of ['A4', 'A3'] as const) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const b = layoutBoxes({ format, orientation })
        for (const box of [b.header, b.map, b.legend, b.footer]) {
          expect(box.x).toBeGreaterThanOrEqual(10)
          expect(box.y + box.h).toBeLessThanOrEqual(b.page.h - 10)
          expect(box.x + box.w).toBeLessThanOrEqual(b.page.w - 10)
        }
        if (orientation === 'portrait') expect(b.legend.y).toBeGreaterThan(b.map.y + b.map.h)
      }
    }
  })
})
