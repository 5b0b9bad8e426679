import { describe, expect, test } from 'vitest'
import { intersectIntervals } from './intersectIntervals.js'

const at = (start: number, end: number) => ({ start, end })

describe('intersectIntervals', () => {
  test('touching intervals share no instant', () => {
    expect(intersectIntervals([at(0, 5)], [at(5, 9)])).toEqual([])
  })

  test('one interval of a meets several of b', () => {
    expect(intersectIntervals([at(0, 10)], [at(2, 3), at(8, 12)])).toEqual([at(2, 3), at(8, 10)])
  })

  test('an empty interval meets nothing', () => {
    expect(intersectIntervals([at(0, 10)], [at(4, 4)])).toEqual([])
  })

  test('reports bad input under a', () => {
    expect(() => intersectIntervals([at(3, 1)], [])).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL', path: 'a[0].end' }),
    )
  })
})
