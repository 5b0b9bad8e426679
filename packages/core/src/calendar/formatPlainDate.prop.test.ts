import { fc, test } from '@fast-check/vitest'
import { MAX_PLAIN_DATE, MIN_PLAIN_DATE, plainDateDaysArbitrary } from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { formatPlainDate } from './formatPlainDate.js'

const EPOCH = Temporal.PlainDate.from('1970-01-01')

test.prop({ days: plainDateDaysArbitrary() })('agrees with Temporal.PlainDate#toString', ({ days }) => {
  expect(formatPlainDate(days)).toBe(EPOCH.add({ days }).toString())
})

test.prop({ days: fc.integer({ min: MIN_PLAIN_DATE, max: MAX_PLAIN_DATE - 1 }) })(
  'sorts like the day numbers: the text of a day is below the text of the next',
  ({ days }) => {
    expect(formatPlainDate(days) < formatPlainDate(days + 1)).toBe(true)
  },
)

test.prop({
  days: fc.oneof(
    fc.integer({ max: MIN_PLAIN_DATE - 1 }),
    fc.integer({ min: MAX_PLAIN_DATE + 1 }),
    fc.double({ noInteger: true }),
  ),
})('rejects every number that is not a supported day number with INVALID_DATE at days', ({ days }) => {
  expect(() => formatPlainDate(days)).toThrow(
    expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path: 'days' }),
  )
})
