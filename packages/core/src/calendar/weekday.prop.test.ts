import { fc, test } from '@fast-check/vitest'
import { MAX_PLAIN_DATE, MIN_PLAIN_DATE, plainDateDaysArbitrary } from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { weekdayOf } from './weekday.js'

const EPOCH = Temporal.PlainDate.from('1970-01-01')

test.prop({ days: plainDateDaysArbitrary() })('agrees with Temporal.PlainDate#dayOfWeek', ({ days }) => {
  expect(weekdayOf(days)).toBe(EPOCH.add({ days }).dayOfWeek)
})

test.prop({ days: fc.integer({ min: MIN_PLAIN_DATE, max: MAX_PLAIN_DATE - 1 }) })(
  'the next day is the next weekday, Sunday (7) wrapping to Monday (1)',
  ({ days }) => {
    expect(weekdayOf(days + 1)).toBe((weekdayOf(days) % 7) + 1)
  },
)
