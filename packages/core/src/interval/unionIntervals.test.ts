import { describe, expect, test } from 'vitest'
import { unionIntervals } from './unionIntervals.js'

const at = (start: number, end: number) => ({ start, end })

describe('unionIntervals', () => {
  test('merges intervals of a and b that touch', () => {
    expect(unionIntervals([at(0, 5), at(20, 25)], [at(5, 9)])).toEqual([at(0, 9), at(20, 25)])
  })

  test('one interval of b can bridge several of a', () => {
    expect(unionIntervals([at(0, 2), at(4, 6), at(8, 10)], [at(1, 9)])).toEqual([at(0, 10)])
  })

  test('normalises inputs that are not canonical', () => {
    expect(unionIntervals([at(8, 9), at(0, 3), at(3, 3)], [])).toEqual([at(0, 3), at(8, 9)])
  })

  test('reports bad input under a and b', () => {
    expect(() => unionIntervals([], [at(0, 1), { start: Number.NaN, end: 2 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', path: 'b[1].start' }),
    )
    expect(() => unionIntervals(null as never, [])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: 'a' }),
    )
  })
})

// Shrunk from 'results over the whole instant range are canonical, without -0': a canonical
// check that looked at -0 only in starts let b's -0 end through unchanged.
test('a -0 end of a canonical-looking input comes out as 0', () => {
  const [merged] = unionIntervals([], [{ start: -5, end: -0 }])
  expect(Object.is(merged?.end, 0)).toBe(true)
})
