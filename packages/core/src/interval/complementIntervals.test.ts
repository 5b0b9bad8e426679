import { describe, expect, test } from 'vitest'
import { complementIntervals } from './complementIntervals.js'

const at = (start: number, end: number) => ({ start, end })

describe('complementIntervals', () => {
  test('the complement of the empty set is the window', () => {
    expect(complementIntervals([], at(0, 9))).toEqual([at(0, 9)])
  })

  test('an interval ending where the window starts leaves the whole window', () => {
    expect(complementIntervals([at(-5, 0), at(9, 12)], at(0, 9))).toEqual([at(0, 9)])
  })

  test('returns the gaps inside the window only', () => {
    expect(complementIntervals([at(-5, 2), at(4, 6), at(8, 20)], at(0, 10))).toEqual([at(2, 4), at(6, 8)])
  })

  test('an empty window has no gaps', () => {
    expect(complementIntervals([], at(4, 4))).toEqual([])
  })

  test('reports a bad window', () => {
    expect(() => complementIntervals([], at(5, 1))).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL', path: 'window.end' }),
    )
    expect(() => complementIntervals([], null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL', path: 'window' }),
    )
  })
})
