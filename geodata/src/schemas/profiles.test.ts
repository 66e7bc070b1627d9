import { describe, expect, it } from 'vitest'
import { medianOf, verdictOf } from './profiles.ts'

describe('medianOf', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even count, ignoring unknowns', () => {
    expect(medianOf([5, 1, 3])).toBe(3)
    expect(medianOf([4, 1, 3, 2])).toBe(2.5)
    expect(medianOf([null, 7, null])).toBe(7)
    expect(medianOf([null])).toBeNull()
  })

  it('finds the 15th of 29 values', () => {
    expect(medianOf(Array.from({ length: 29 }, (_, i) => 29 - i))).toBe(15)
  })
})

describe('verdictOf', () => {
  it('calls a value above the median a strength where higher is better and a weakness where lower is', () => {
    expect(verdictOf(0.62, 0.4, 'higher')).toBe('strength')
    expect(verdictOf(0.62, 0.4, 'lower')).toBe('weakness')
    expect(verdictOf(3, 6, 'lower')).toBe('strength')
  })

  it('calls a value within 10 % of the median average, and gives no verdict for context indicators or unknown values', () => {
    expect(verdictOf(0.44, 0.4, 'higher')).toBe('average')
    expect(verdictOf(0.37, 0.4, 'higher')).toBe('average')
    expect(verdictOf(0.35, 0.4, 'higher')).toBe('weakness')
    expect(verdictOf(900, 150, 'context')).toBe('context')
    expect(verdictOf(null, 150, 'higher')).toBe('unknown')
    expect(verdictOf(0, 0, 'higher')).toBe('average')
  })
})
