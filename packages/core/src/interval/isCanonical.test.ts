import { describe, expect, test } from 'vitest'
import { isCanonical } from './isCanonical.js'

const at = (start: number, end: number) => ({ start, end })

describe('isCanonical', () => {
  test.each([
    ['the empty set', []],
    ['disjoint sorted intervals with a gap', [at(0, 5), at(6, 9)]],
  ])('accepts %s', (_name, set) => {
    expect(isCanonical(set)).toBe(true)
  })

  test.each([
    ['touching intervals', [at(0, 5), at(5, 9)]],
    ['overlapping intervals', [at(0, 5), at(4, 9)]],
    ['unsorted intervals', [at(6, 9), at(0, 5)]],
    ['an empty interval', [at(3, 3)]],
    ['-0 as a start', [at(-0, 3)]],
    ['-0 as an end', [at(-3, -0)]],
    ['an invalid interval', [at(5, 3)]],
    ['a NaN instant', [{ start: Number.NaN, end: 3 }]],
    ['null', null],
    ['a string', 'abc'],
    ['an element that is not an object', [1]],
  ])('rejects %s without throwing', (_name, value) => {
    expect(isCanonical(value)).toBe(false)
  })
})
