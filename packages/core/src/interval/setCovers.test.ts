import { describe, expect, test } from 'vitest'
import { setCovers } from './setCovers.js'

const at = (start: number, end: number) => ({ start, end })

describe('setCovers', () => {
  test('touching intervals of a list cover across their seam', () => {
    expect(setCovers([at(0, 5), at(5, 9)], at(3, 7))).toBe(true)
  })

  test('a gap of one millisecond breaks the cover', () => {
    expect(setCovers([at(0, 5), at(6, 9)], at(3, 7))).toBe(false)
  })

  test('an interval running past the end is not covered', () => {
    expect(setCovers([at(0, 5)], at(3, 6))).toBe(false)
    expect(setCovers([at(0, 5)], at(0, 5))).toBe(true)
  })

  test('an empty interval is covered even by the empty set', () => {
    expect(setCovers([], at(4, 4))).toBe(true)
  })

  test('reports bad input under set', () => {
    expect(() => setCovers(7 as never, at(0, 1))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: 'set' }),
    )
  })
})
