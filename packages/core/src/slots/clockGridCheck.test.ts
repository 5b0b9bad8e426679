// With `alignment: 'clock'`, slots start at multiples of the step on the person's wall clock,
// whatever the hours: checkBooking accepts exactly those starts. Asia/Kathmandu is UTC+05:45,
// so 10:00 there is 04:15Z; hours 09:10–17:00 put the hours-anchored grid at 09:10, 10:10….
import { expect, test } from 'vitest'
import { type AvailabilityRequest, availability, checkBooking } from '../index.js'

const KATHMANDU = 'Asia/Kathmandu'
const request: AvailabilityRequest = {
  window: { from: '2024-03-11', to: '2024-03-11', timeZone: KATHMANDU },
  now: 0,
  people: [
    { id: 'ana', schedule: { timeZone: KATHMANDU, weekly: { monday: [{ from: '09:10', to: '17:00' }] } } },
  ],
  policy: { durationMinutes: 30, intervalMinutes: 60, alignment: 'clock' },
}
/** 2024-03-11 at `hours:minutes` Kathmandu time, as an instant. */
const local = (hours: number, minutes = 0) => Date.UTC(2024, 2, 11, hours, minutes) - (5 * 60 + 45) * 60_000
const slot = (start: number) => ({ start, end: start + 30 * 60_000 })

test('the slots start on the hours of the local clock', () => {
  const starts = availability(request).people[0]!.days[0]!.slots.map((s) => s.start)
  expect(starts).toEqual([10, 11, 12, 13, 14, 15, 16].map((hour) => local(hour)))
})

test('checkBooking accepts a start on the local hour and refuses one off it', () => {
  expect(checkBooking(request, slot(local(10)))).toEqual({ ok: true, people: ['ana'] })
  expect(checkBooking(request, slot(local(16)))).toEqual({ ok: true, people: ['ana'] })
  // 10:10 is on a grid anchored at the 09:10 start of the hours, not on the clock's.
  expect(checkBooking(request, slot(local(10, 10)))).toEqual({ ok: false, reasons: [{ code: 'NotOnGrid' }] })
  // 05:00Z is 10:45 local: not on the hour.
  expect(checkBooking(request, slot(Date.UTC(2024, 2, 11, 5)))).toEqual({
    ok: false,
    reasons: [{ code: 'NotOnGrid' }],
  })
})
