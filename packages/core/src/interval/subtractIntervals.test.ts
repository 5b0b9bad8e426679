import { describe, expect, test } from 'vitest'
import { subtractIntervals } from './subtractIntervals.js'

const at = (start: number, end: number) => ({ start, end })

describe('subtractIntervals', () => {
  test('splits one interval in three', () => {
    expect(subtractIntervals([at(0, 20)], [at(3, 5), at(10, 12)])).toEqual([at(0, 3), at(5, 10), at(12, 20)])
  })

  test('removing a touching interval removes nothing', () => {
    expect(subtractIntervals([at(0, 9)], [at(9, 12), at(-3, 0)])).toEqual([at(0, 9)])
  })

  test('one interval of b can cut several of a', () => {
    expect(subtractIntervals([at(0, 4), at(6, 10), at(12, 14)], [at(2, 13)])).toEqual([at(0, 2), at(13, 14)])
  })

  test('removing everything leaves the empty set', () => {
    expect(subtractIntervals([at(2, 4)], [at(0, 10)])).toEqual([])
  })

  test('reports bad input under b', () => {
    expect(() => subtractIntervals([], [{ start: 0 }] as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL', path: 'b[0].end' }),
    )
  })
})
