import { describe, expect, test } from 'vitest'
import { expandIntervals } from './expandIntervals.js'

const at = (start: number, end: number) => ({ start, end })

describe('expandIntervals', () => {
  test('merges neighbours whose buffers meet', () => {
    expect(expandIntervals([at(10, 20), at(25, 30), at(50, 60)], 5, 0)).toEqual([at(5, 30), at(45, 60)])
    expect(expandIntervals([at(10, 20), at(30, 40)], 5, 5)).toEqual([at(5, 45)])
  })

  test('zero buffers change nothing', () => {
    expect(expandIntervals([at(10, 20), at(30, 40)], 0, 0)).toEqual([at(10, 20), at(30, 40)])
  })

  test('empty intervals vanish instead of growing', () => {
    expect(expandIntervals([at(10, 10)], 5, 5)).toEqual([])
  })

  test('clamps to the instant range', () => {
    expect(expandIntervals([at(-8.64e15 + 1, 0), at(8.64e15 - 1, 8.64e15)], 10, 10)).toEqual([
      at(-8.64e15, 10),
      at(8.64e15 - 11, 8.64e15),
    ])
  })

  test.each([
    ['a negative before', -1, 0, 'before'],
    ['a fractional after', 0, 0.5, 'after'],
    ['NaN', Number.NaN, 0, 'before'],
    ['Infinity', 0, Number.POSITIVE_INFINITY, 'after'],
    ['a string', '5', 0, 'before'],
  ])('rejects %s', (_name, before, after, path) => {
    expect(() => expandIntervals([at(0, 1)], before as number, after as number)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path }),
    )
  })
})
