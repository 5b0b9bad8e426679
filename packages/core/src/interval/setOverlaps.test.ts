import { describe, expect, test } from 'vitest'
import { setOverlaps } from './setOverlaps.js'

const at = (start: number, end: number) => ({ start, end })
const set = [at(0, 5), at(9, 12), at(20, 30)]

describe('setOverlaps', () => {
  test.each([
    ['an interval in a gap, touching both sides', at(5, 9), false],
    ['an interval reaching one millisecond into the set', at(5, 10), true],
    ['an interval after the set', at(30, 40), false],
    ['an empty interval inside the set', at(25, 25), false],
    ['an interval spanning several', at(-10, 50), true],
  ])('%s', (_name, interval, expected) => {
    expect(setOverlaps(set, interval)).toBe(expected)
  })

  test('reports a bad interval', () => {
    expect(() => setOverlaps(set, { start: 0 } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INTERVAL', path: 'interval.end' }),
    )
  })
})
