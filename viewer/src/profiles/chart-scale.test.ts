import { describe, expect, it } from 'vitest'
import { ratioPosition } from './chart-scale.ts'

describe('ratioPosition', () => {
  it('puts the median in the middle, double at three quarters and half at one quarter', () => {
    expect(ratioPosition(10, 10)).toBe(0.5)
    expect(ratioPosition(20, 10)).toBe(0.75)
    expect(ratioPosition(5, 10)).toBe(0.25)
  })

  it('clamps beyond four times or a quarter of the median and has no position without a median', () => {
    expect(ratioPosition(100, 10)).toBe(1)
    expect(ratioPosition(0, 10)).toBe(0)
    expect(ratioPosition(3, 0)).toBeNull()
    expect(ratioPosition(null, 10)).toBeNull()
  })
})
