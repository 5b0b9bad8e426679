// planRecurringBooking refuses a malformed series at the path of the offending field, with
// the documented ranges: interval 1–1000, count 1–maxCount, maxCount up to 10 000 (24 by
// default), and freq and bookingOption both required.
import { codeAndPathOf } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import { type AvailabilityRequest, planRecurringBooking, type RecurringBooking } from '../index.js'

const REQUEST: AvailabilityRequest = {
  window: { from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC' },
  now: 0,
  people: [
    { id: 'ana', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } } },
  ],
  policy: { durationMinutes: 60 },
}
const SERIES = { start: Date.UTC(2026, 2, 2, 9), freq: 'WEEKLY', count: 2, bookingOption: 'skip' }

const failureOf = (series: Record<string, unknown>) =>
  codeAndPathOf(() => planRecurringBooking(REQUEST, series as unknown as RecurringBooking))

test.each([
  [{ start: '2026-03-02T09:00' }, 'INVALID_INSTANT', 'series.start'],
  [{ freq: 'YEARLY' }, 'INVALID_ARGUMENT', 'series.freq'],
  [{ freq: undefined }, 'INVALID_ARGUMENT', 'series.freq'],
  [{ interval: 0 }, 'INVALID_ARGUMENT', 'series.interval'],
  [{ interval: 1001 }, 'INVALID_ARGUMENT', 'series.interval'],
  [{ count: 0 }, 'INVALID_ARGUMENT', 'series.count'],
  [{ count: 25 }, 'INVALID_ARGUMENT', 'series.count'],
  [{ count: 30, maxCount: 29 }, 'INVALID_ARGUMENT', 'series.count'],
  [{ maxCount: 10_001 }, 'INVALID_ARGUMENT', 'series.maxCount'],
  [{ bookingOption: 'retry' }, 'INVALID_ARGUMENT', 'series.bookingOption'],
  [{ bookingOption: undefined }, 'INVALID_ARGUMENT', 'series.bookingOption'],
])('%j: %s at %s', (fields, code, path) => {
  expect(failureOf({ ...SERIES, ...fields })).toEqual({ code, path })
})

test('the limits themselves are accepted', () => {
  expect(failureOf({ ...SERIES, count: 24 })).toBeUndefined()
  expect(failureOf({ ...SERIES, interval: 1000, count: 1 })).toBeUndefined()
  expect(failureOf({ ...SERIES, count: 30, maxCount: 30 })).toBeUndefined()
})
