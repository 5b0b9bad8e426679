import { fc, test } from '@fast-check/vitest'
import {
  arbitraryIntervalInput,
  arbitraryIntervalList,
  arbitraryIntervalSet,
  coveredMinutes,
  intervalsFromMinutes,
} from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { isCanonical } from './isCanonical.js'
import { normalizeIntervals } from './normalizeIntervals.js'

describe('normalizeIntervals laws', () => {
  test.prop({ list: arbitraryIntervalList() })('normalize agrees with the minute model', ({ list }) => {
    expect(normalizeIntervals(list)).toEqual(intervalsFromMinutes(coveredMinutes(list)))
  })

  test.prop({ list: arbitraryIntervalList() })('normalize returns a canonical set', ({ list }) => {
    expect(isCanonical(normalizeIntervals(list))).toBe(true)
  })

  test.prop({ list: arbitraryIntervalList() })('normalize is idempotent', ({ list }) => {
    const once = normalizeIntervals(list)
    expect(normalizeIntervals(once)).toEqual(once)
  })

  test.prop({
    list: arbitraryIntervalList().chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    ),
  })('normalize ignores the order of the list', ({ list: [list, shuffled] }) => {
    expect(normalizeIntervals(shuffled)).toEqual(normalizeIntervals(list))
  })

  test.prop({ list: arbitraryIntervalInput() })(
    'a list is canonical exactly when normalize leaves it unchanged',
    ({ list }) => {
      const unchanged = JSON.stringify(normalizeIntervals(list)) === JSON.stringify(list)
      expect(isCanonical(list)).toBe(unchanged)
    },
  )

  test.prop({ set: arbitraryIntervalSet() })('constructed canonical sets are canonical', ({ set }) => {
    expect(isCanonical(set)).toBe(true)
  })
})
