import { describe, expect, test } from 'vitest'
import { intervalCovers } from './intervalCovers.js'

const at = (start: number, end: number) => ({ start, end })

describe('intervalCovers', () => {
  test.each([
    ['an interval ending at the same instant', at(0, 9), at(5, 9), true],
    ['an interval running one millisecond past the end', at(0, 9), at(5, 10), false],
    ['itself', at(0, 9), at(0, 9), true],
    ['an empty interval far away', at(0, 0), at(20, 20), true],
    ['a non-empty interval from an empty one', at(5, 5), at(5, 6), false],
  ])('%s', (_name, outer, inner, expected) => {
    expect(intervalCovers(outer, inner)).toBe(expected)
  })

  test('reports bad input under outer', () => {
    expect(() => intervalCovers({ start: 1.5, end: 2 }, at(0, 1))).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', path: 'outer.start' }),
    )
  })
})
