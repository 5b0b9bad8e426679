import { describe, expect, test } from 'vitest'
import { normalizeIntervals } from './normalizeIntervals.js'

const at = (start: number, end: number) => ({ start, end })

function slotwiseError(code: string, path: string) {
  return expect.objectContaining({ name: 'SlotwiseError', code, path })
}

describe('normalizeIntervals', () => {
  test('merges touching intervals: half-open [0, 5) and [5, 9) leave no gap', () => {
    expect(normalizeIntervals([at(0, 5), at(5, 9)])).toEqual([at(0, 9)])
  })

  test('keeps intervals one millisecond apart separate', () => {
    expect(normalizeIntervals([at(0, 5), at(6, 9)])).toEqual([at(0, 5), at(6, 9)])
  })

  test('drops empty intervals, also inside other intervals', () => {
    expect(normalizeIntervals([at(3, 3)])).toEqual([])
    expect(normalizeIntervals([at(0, 9), at(4, 4), at(20, 20)])).toEqual([at(0, 9)])
  })

  test('sorts and merges an unsorted list', () => {
    expect(normalizeIntervals([at(20, 30), at(0, 5), at(4, 10), at(10, 12), at(40, 41)])).toEqual([
      at(0, 12),
      at(20, 30),
      at(40, 41),
    ])
  })

  test('merges an interval nested in the previous one', () => {
    expect(normalizeIntervals([at(0, 10), at(2, 3), at(5, 12)])).toEqual([at(0, 12)])
  })

  test('reads -0 as 0', () => {
    expect(Object.is(normalizeIntervals([at(-0, 5)])[0]?.start, 0)).toBe(true)
    expect(Object.is(normalizeIntervals([at(-9, -0)])[0]?.end, 0)).toBe(true)
  })

  test('accepts the edges of the instant range', () => {
    expect(normalizeIntervals([at(-8.64e15, 8.64e15)])).toEqual([at(-8.64e15, 8.64e15)])
  })

  test('returns a fresh array and fresh intervals', () => {
    const input = [at(0, 5)]
    const output = normalizeIntervals(input)
    expect(output).not.toBe(input)
    expect(output[0]).not.toBe(input[0])
  })

  test.each([
    ['end before start', [at(0, 5), at(9, 5)], 'INVALID_INTERVAL', 'intervals[1].end'],
    ['NaN start', [{ start: Number.NaN, end: 5 }], 'INVALID_INSTANT', 'intervals[0].start'],
    ['fractional end', [{ start: 0, end: 1.5 }], 'INVALID_INSTANT', 'intervals[0].end'],
    ['string start', [{ start: 'abc', end: 5 }], 'INVALID_INSTANT', 'intervals[0].start'],
    ['Infinity end', [{ start: 0, end: Number.POSITIVE_INFINITY }], 'INVALID_INSTANT', 'intervals[0].end'],
    ['instant past the range', [{ start: 0, end: 8.64e15 + 1 }], 'INVALID_INSTANT', 'intervals[0].end'],
    ['null element', [at(0, 1), null], 'INVALID_INTERVAL', 'intervals[1]'],
    ['number element', [7], 'INVALID_INTERVAL', 'intervals[0]'],
    ['missing end', [{ start: 0 }], 'INVALID_INTERVAL', 'intervals[0].end'],
    ['missing start', [{ end: 0 }], 'INVALID_INTERVAL', 'intervals[0].start'],
    ['null list', null, 'INVALID_ARGUMENT', 'intervals'],
    ['string list', 'abc', 'INVALID_ARGUMENT', 'intervals'],
  ])('rejects %s', (_name, input, code, path) => {
    expect(() => normalizeIntervals(input as never)).toThrow(slotwiseError(code, path))
  })

  test('reports the first bad element, also after the list turned out unsorted', () => {
    expect(() => normalizeIntervals([at(10, 20), at(0, 5), at(7, 6)])).toThrow(
      slotwiseError('INVALID_INTERVAL', 'intervals[2].end'),
    )
  })

  test('puts the caller-given path in front', () => {
    expect(() => normalizeIntervals([{ start: 0, end: 1.5 }], 'busy')).toThrow(
      slotwiseError('INVALID_INSTANT', 'busy[0].end'),
    )
  })
})
