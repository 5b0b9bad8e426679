import { fc, test } from '@fast-check/vitest'
import { MAX_PLAIN_DATE, MIN_PLAIN_DATE, plainDateDaysArbitrary } from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { expect } from 'vitest'
import { addDays } from './addDays.js'
import { formatPlainDate } from './formatPlainDate.js'

const EPOCH = Temporal.PlainDate.from('1970-01-01')

// Constructive: two dates in range, and the count that leads from one to the other.
const startAndCount = fc
  .tuple(plainDateDaysArbitrary(), plainDateDaysArbitrary())
  .map(([start, end]) => ({ start, count: end - start }))

test.prop({ move: startAndCount })('agrees with Temporal.PlainDate#add', ({ move: { start, count } }) => {
  expect(formatPlainDate(addDays(start, count))).toBe(
    EPOCH.add({ days: start }).add({ days: count }).toString(),
  )
})

test.prop({
  start: plainDateDaysArbitrary(),
  first: fc.integer({ min: -400, max: 400 }),
  second: fc.integer({ min: -400, max: 400 }),
})('adding twice is adding the sum, when every step stays in range', ({ start, first, second }) => {
  const middle = start + first
  fc.pre(middle >= MIN_PLAIN_DATE && middle <= MAX_PLAIN_DATE)
  fc.pre(middle + second >= MIN_PLAIN_DATE && middle + second <= MAX_PLAIN_DATE)
  expect(addDays(addDays(start, first), second)).toBe(addDays(start, first + second))
})

test.prop({
  start: plainDateDaysArbitrary(),
  overshoot: fc.integer({ min: 1, max: 2 ** 40 }),
  forward: fc.boolean(),
})('fails with INVALID_DATE at count when the result leaves 0001–9999', ({ start, overshoot, forward }) => {
  const count = forward ? MAX_PLAIN_DATE - start + overshoot : MIN_PLAIN_DATE - start - overshoot
  expect(() => addDays(start, count)).toThrow(
    expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE', path: 'count' }),
  )
})

test.prop({ start: plainDateDaysArbitrary(), count: fc.double({ noInteger: true }) })(
  'rejects a count that is not an integer with INVALID_ARGUMENT at count',
  ({ start, count }) => {
    expect(() => addDays(start, count)).toThrow(
      expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_ARGUMENT', path: 'count' }),
    )
  },
)
