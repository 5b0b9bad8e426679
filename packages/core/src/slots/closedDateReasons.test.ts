// checkBooking names a closed date once, however many closed dates a proposal touches, and
// names each kind (Holiday, Leave) that applies. Working 00:00–24:00 UTC every day, so only
// the closed dates take working time away; 2024-12-24 is a Tuesday.
import { expect, test } from 'vitest'
import { type AvailabilityRequest, checkBooking, type Schedule } from '../index.js'

const HOUR = 3_600_000
const ALL_DAY = Object.fromEntries(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [
    day,
    [{ from: '00:00', to: '24:00' }],
  ]),
)

function requestOf(schedule: Partial<Schedule>): AvailabilityRequest {
  return {
    window: { from: '2024-12-23', to: '2024-12-27', timeZone: 'UTC' },
    now: 0,
    people: [{ id: 'ana', schedule: { timeZone: 'UTC', weekly: ALL_DAY, ...schedule } }],
    policy: { durationMinutes: 60 },
  }
}

/** 2024-12-24 23:00 to 2024-12-25 01:00 UTC: two hours across midnight. */
const ACROSS_MIDNIGHT = { start: Date.UTC(2024, 11, 24, 23), end: Date.UTC(2024, 11, 24, 23) + 2 * HOUR }

test('a proposal across two holidays is refused once as Holiday', () => {
  const check = checkBooking(requestOf({ holidays: ['2024-12-24', '2024-12-25'] }), ACROSS_MIDNIGHT)
  expect(check).toEqual({ ok: false, reasons: [{ code: 'Holiday' }] })
})

test('a proposal across a holiday and a day of leave names both', () => {
  const check = checkBooking(requestOf({ holidays: ['2024-12-24'], leave: ['2024-12-25'] }), ACROSS_MIDNIGHT)
  expect(check).toEqual({ ok: false, reasons: [{ code: 'Holiday' }, { code: 'Leave' }] })
})

test('a proposal half on a holiday is refused as Holiday, not as outside working hours', () => {
  const check = checkBooking(requestOf({ holidays: ['2024-12-25'] }), ACROSS_MIDNIGHT)
  expect(check).toEqual({ ok: false, reasons: [{ code: 'Holiday' }] })
})

test('the same proposal on open dates passes', () => {
  expect(
    checkBooking(requestOf({}), { start: Date.UTC(2024, 11, 24, 23), end: Date.UTC(2024, 11, 25) }),
  ).toEqual({
    ok: true,
    people: ['ana'],
  })
})

test('full-day leave and a leave interval in one proposal name Leave once', () => {
  const leave = ['2024-12-24', { start: Date.UTC(2024, 11, 25), end: Date.UTC(2024, 11, 25, 2) }]
  expect(checkBooking(requestOf({ leave }), ACROSS_MIDNIGHT)).toEqual({
    ok: false,
    reasons: [{ code: 'Leave' }],
  })
})

test('a holiday that ends where the proposal starts is not named', () => {
  // The 24th is a holiday; on the 25th, leave 00:00–02:00 takes the first two hours away.
  const check = checkBooking(
    requestOf({
      holidays: ['2024-12-24'],
      leave: [{ start: Date.UTC(2024, 11, 25), end: Date.UTC(2024, 11, 25, 2) }],
    }),
    { start: Date.UTC(2024, 11, 25), end: Date.UTC(2024, 11, 25, 1) },
  )
  expect(check).toEqual({ ok: false, reasons: [{ code: 'Leave' }] })
})
