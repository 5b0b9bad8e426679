import { type AvailabilityRequest, isSlotwiseError } from '@slotwise/core'
import { expect, test } from 'vitest'
import calendarCapacity from './__fixtures__/calendar-capacity.json' with { type: 'json' }
import recurringCalendarPayload from './__fixtures__/recurring-calendar.json' with { type: 'json' }
import seedErrors from './__fixtures__/seed-errors.json' with { type: 'json' }
import {
  fromLeadConnectorCalendar,
  fromLeadConnectorEvents,
  planLeadConnectorRecurringBooking,
} from './index.js'

// Ana, New York, Mondays 09:00–12:00; weekly 10:00 bookings of 60 minutes from 2025-03-03 (across
// the DST change of 2025-03-09). Another appointment takes Monday 2025-03-10 10:00–10:30, and
// 2025-03-17 is blocked all morning, 2025-03-24 until 11:00.
const calendar = fromLeadConnectorCalendar(recurringCalendarPayload, { timeZone: 'America/New_York' })
const busy = fromLeadConnectorEvents(
  {
    events: [
      {
        id: 'EvTBusy',
        assignedUserId: 'UsRAna',
        startTime: '2025-03-10T10:00:00-04:00',
        endTime: '2025-03-10T10:30:00-04:00',
      },
      {
        id: 'EvTBlock',
        assignedUserId: 'UsRAna',
        startTime: '2025-03-17T09:00:00-04:00',
        endTime: '2025-03-17T12:00:00-04:00',
      },
      {
        id: 'EvTNext',
        assignedUserId: 'UsRAna',
        startTime: '2025-03-24T09:00:00-04:00',
        endTime: '2025-03-24T11:00:00-04:00',
      },
    ],
  },
  { timeZone: 'America/New_York' },
).events
const request: AvailabilityRequest = {
  window: { from: '2025-03-03', to: '2025-03-03', timeZone: 'America/New_York' },
  now: Date.UTC(2025, 2, 1),
  people: [{ id: 'UsRAna', schedule: calendar.schedule, busy }],
  policy: calendar.policy,
}
const plan = (bookingOption: 'skip' | 'continue' | 'book_next') =>
  planLeadConnectorRecurringBooking(request, {
    startTime: '2025-03-03T10:00:00-05:00',
    recurring: { ...calendar.recurring!, bookingOption },
    timeZone: 'America/New_York',
  })

test('skip leaves taken occurrences out; the wall time stays 10:00 across DST', () => {
  const result = plan('skip')
  expect(result.rrule).toBe('RRULE:FREQ=WEEKLY;COUNT=3')
  expect(result.occurrences.map((o) => [o.status, o.startTime, o.appointmentStatus])).toEqual([
    ['booked', '2025-03-03T10:00:00-05:00', 'confirmed'],
    ['skipped', undefined, undefined],
    ['skipped', undefined, undefined],
  ])
  expect(result.occurrences[1]?.requestedStartTime).toBe('2025-03-10T10:00:00-04:00')
  expect(result.occurrences[1]?.reasons).toEqual([{ code: 'Busy', eventIds: ['EvTBusy'] }])
})

test('continue books every occurrence, the conflicting ones with bookingOverlapDefaultStatus', () => {
  expect(
    plan('continue').occurrences.map((o) => [
      o.status,
      o.startTime,
      o.appointmentStatus,
      o.conflictingEventIds,
    ]),
  ).toEqual([
    ['booked', '2025-03-03T10:00:00-05:00', 'confirmed', undefined],
    ['booked', '2025-03-10T10:00:00-04:00', 'new', ['EvTBusy']],
    ['booked', '2025-03-17T10:00:00-04:00', 'new', ['EvTBlock']],
  ])
})

test('book_next moves to the next free slot, or cancels when the next three are taken', () => {
  // The three grid slots after 2025-03-17 10:00 are its 11:00 and the next Monday's 09:00 and 10:00.
  const result = plan('book_next')
  expect(result.occurrences.map((o) => [o.status, o.startTime, o.endTime, o.appointmentStatus])).toEqual([
    ['booked', '2025-03-03T10:00:00-05:00', '2025-03-03T11:00:00-05:00', 'confirmed'],
    ['moved', '2025-03-10T11:00:00-04:00', '2025-03-10T12:00:00-04:00', 'confirmed'],
    ['failed', '2025-03-17T10:00:00-04:00', '2025-03-17T11:00:00-04:00', 'cancelled'],
  ])
})

test("a count over 24 is LeadConnector's 422", () => {
  const over = fromLeadConnectorCalendar(calendarCapacity, { timeZone: 'UTC' }).recurring!
  let caught: unknown
  try {
    planLeadConnectorRecurringBooking(request, {
      startTime: Date.UTC(2025, 2, 3, 15),
      recurring: over,
      timeZone: 'UTC',
    })
  } catch (error) {
    caught = error
  }
  expect(
    isSlotwiseError(caught) && [caught.code, caught.path, caught.details.limit, caught.details.actual],
  ).toEqual(['VENDOR_LIMIT', 'recurring.count', 24, 30])
  const body = isSlotwiseError(caught) ? (caught.details.vendorError as Record<string, unknown>) : {}
  expect(Object.keys(body)).toEqual(Object.keys(seedErrors['422']))
  expect([body.statusCode, Array.isArray(body.message), body.error]).toEqual([
    422,
    true,
    'Unprocessable Entity',
  ])
})
