import { describe, expect, test } from 'vitest'
import { intervalsOverlap } from './intervalsOverlap.js'

const at = (start: number, end: number) => ({ start, end })

describe('intervalsOverlap', () => {
  test.each([
    ['touching intervals', at(0, 5), at(5, 9), false],
    ['intervals sharing one millisecond', at(0, 5), at(4, 9), true],
    ['nested intervals', at(0, 9), at(3, 4), true],
    ['an empty interval inside another', at(0, 9), at(4, 4), false],
    ['two equal empty intervals', at(4, 4), at(4, 4), false],
  ])('%s', (_name, x, y, expected) => {
    expect(intervalsOverlap(x, y)).toBe(expected)
    expect(intervalsOverlap(y, x)).toBe(expected)
  })

  test('reports bad input under x and y', () => {
    expect(() => intervalsOverlap(at(0, 1), { start: 0, end: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', path: 'y.end' }),
    )
  })
})
