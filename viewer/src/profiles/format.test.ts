import { describe, expect, it } from 'vitest'
import { formatFigure } from './format.ts'

describe('formatFigure', () => {
  it('writes counts, hectares, shares and distances the German way with their unit', () => {
    expect(formatFigure(4583, 'count', 'de')).toBe('4.583')
    expect(formatFigure(17.69198, 'ha', 'de')).toBe('17,7\u202fha')
    expect(formatFigure(0.34871, 'share', 'de')).toBe('34,9\u202f%')
    expect(formatFigure(6.4226, 'km', 'de')).toBe('6,4\u202fkm')
    expect(formatFigure(154.8, 'density', 'de')).toBe('154,8\u202fEW/km²')
  })

  it('writes English numbers with a point and a dash for unknown values', () => {
    expect(formatFigure(125937, 'points', 'en')).toBe('125,937')
    expect(formatFigure(null, 'share', 'de')).toBe('–')
    expect(formatFigure(Number.NaN, 'km', 'de')).toBe('–')
  })
})
