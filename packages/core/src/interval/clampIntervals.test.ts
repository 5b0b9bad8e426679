import { describe, expect, test } from 'vitest'
import { clampIntervals } from './clampIntervals.js'

const at = (start: number, end: number) => ({ start, end })

describe('clampIntervals', () => {
  test('drops intervals that only touch the window and cuts those that straddle it', () => {
    expect(clampIntervals([at(0, 5), at(7, 12), at(15, 20)], at(5, 15))).toEqual([at(7, 12)])
    expect(clampIntervals([at(0, 6), at(14, 20)], at(5, 15))).toEqual([at(5, 6), at(14, 15)])
  })

  test('an empty window keeps nothing', () => {
    expect(clampIntervals([at(0, 9)], at(4, 4))).toEqual([])
  })

  test('reports bad input under set', () => {
    expect(() => clampIntervals([at(0, 1), 'x'] as never, at(0, 1))).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL', path: 'set[1]' }),
    )
  })
})
