import { describe, expect, test } from 'vitest'
import { totalLength } from './totalLength.js'

const at = (start: number, end: number) => ({ start, end })

describe('totalLength', () => {
  test('counts overlapping time once', () => {
    expect(totalLength([at(0, 10), at(5, 15)])).toBe(15)
  })

  test('empty intervals and the empty set measure 0', () => {
    expect(totalLength([at(4, 4)])).toBe(0)
    expect(totalLength([])).toBe(0)
  })

  test('measures the whole instant range exactly', () => {
    expect(totalLength([at(-8.64e15, 8.64e15)])).toBe(1.728e16)
  })

  test('reports bad input under set', () => {
    expect(() => totalLength([{ start: '0', end: 1 }] as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', path: 'set[0].start' }),
    )
  })
})
