import { test } from '@fast-check/vitest'
import {
  arbitraryBufferMinutes,
  arbitraryIntervalInput,
  coveredMinutes,
  intervalsFromMinutes,
  MINUTE,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { expandIntervals } from './expandIntervals.js'
import { isCanonical } from './isCanonical.js'
import { unionIntervals } from './unionIntervals.js'

const set = arbitraryIntervalInput()
const buffer = arbitraryBufferMinutes()

describe('expandIntervals laws', () => {
  test.prop({ set, before: buffer, after: buffer })(
    'expand agrees with the minute model of each non-empty interval grown',
    ({ set, before, after }) => {
      const grown = set
        .filter((interval) => interval.start < interval.end)
        .map((interval) => ({ start: interval.start - before * MINUTE, end: interval.end + after * MINUTE }))
      expect(expandIntervals(set, before * MINUTE, after * MINUTE)).toEqual(
        intervalsFromMinutes(coveredMinutes(grown)),
      )
    },
  )

  test.prop({ set, before: buffer, after: buffer })(
    'expand returns a canonical set',
    ({ set, before, after }) => {
      expect(isCanonical(expandIntervals(set, before * MINUTE, after * MINUTE))).toBe(true)
    },
  )

  test.prop({ set })('expanding by zero is normalising', ({ set }) => {
    expect(expandIntervals(set, 0, 0)).toEqual(unionIntervals(set, []))
  })
})
