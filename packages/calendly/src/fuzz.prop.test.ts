// Hostile input: every from… (and the schedule writer) gives a result or a SlotwiseError,
// nothing else, and never touches Object.prototype.
import { fc, test } from '@fast-check/vitest'
import { isSlotwiseError } from '@slotwise/core'
import { arbitraryHostileValue, arbitraryMutation } from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import quirks from './__fixtures__/availability-schedule-quirks.json' with { type: 'json' }
import schedules from './__fixtures__/availability-schedules.json' with { type: 'json' }
import availableTimes from './__fixtures__/available-times.json' with { type: 'json' }
import busyQuirks from './__fixtures__/busy-times-quirks.json' with { type: 'json' }
import eventType from './__fixtures__/event-type.json' with { type: 'json' }
import eventTypeSchedules from './__fixtures__/event-type-availability-schedules.json' with { type: 'json' }
import memberships from './__fixtures__/event-type-memberships.json' with { type: 'json' }
import {
  fromCalendlyAvailabilitySchedule,
  fromCalendlyAvailableTimes,
  fromCalendlyAvailableTimesQuery,
  fromCalendlyBusyTimes,
  fromCalendlyBusyTimesQuery,
  fromCalendlyEventType,
  fromCalendlyEventTypeAvailabilitySchedules,
  fromCalendlyEventTypeMemberships,
  safeFromCalendlyAvailabilitySchedule,
  safeFromCalendlyBusyTimes,
  toCalendlyAvailabilitySchedule,
} from './index.js'

const NOW = Date.UTC(2025, 2, 1)
const query = {
  user: 'u',
  event_type: 'e',
  start_time: '2025-03-10T00:00:00.000000Z',
  end_time: '2025-03-12T00:00:00Z',
}

/** Each mapper with a valid input to mutate. */
const mappers: Array<[string, (input: unknown) => unknown, unknown]> = [
  ['fromCalendlyAvailabilitySchedule', (x) => fromCalendlyAvailabilitySchedule(x), quirks],
  ['fromCalendlyAvailabilitySchedule (collection)', (x) => fromCalendlyAvailabilitySchedule(x), schedules],
  [
    'fromCalendlyEventTypeAvailabilitySchedules',
    (x) => fromCalendlyEventTypeAvailabilitySchedules(x),
    eventTypeSchedules,
  ],
  ['fromCalendlyBusyTimes', (x) => fromCalendlyBusyTimes(x, { eventTypeOf: () => 'et' }), busyQuirks],
  ['fromCalendlyEventType', (x) => fromCalendlyEventType(x, { maxInvitees: 3 }), eventType],
  ['fromCalendlyEventTypeMemberships', (x) => fromCalendlyEventTypeMemberships(x), memberships],
  [
    'fromCalendlyAvailableTimes',
    (x) => fromCalendlyAvailableTimes(x, { durationMinutes: 30 }),
    availableTimes,
  ],
  ['fromCalendlyBusyTimesQuery', (x) => fromCalendlyBusyTimesQuery(x, { now: NOW }), query],
  ['fromCalendlyAvailableTimesQuery', (x) => fromCalendlyAvailableTimesQuery(x, { now: NOW }), query],
  [
    'toCalendlyAvailabilitySchedule',
    (x) => toCalendlyAvailabilitySchedule(x as never, { now: NOW }),
    fromCalendlyAvailabilitySchedule(quirks).schedule,
  ],
]

/** Runs `map` and says whether it answered or threw a SlotwiseError; anything else fails the property. */
function answers(map: (input: unknown) => unknown, input: unknown): void {
  try {
    map(input)
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
  }
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
}

describe.each(mappers)('%s', (_, map, valid) => {
  test.prop({ input: fc.oneof(fc.jsonValue(), fc.anything(), arbitraryHostileValue()) })(
    'arbitrary input gives a result or a SlotwiseError and leaves Object.prototype alone',
    ({ input }) => answers(map, input),
  )
  test.prop({ input: arbitraryMutation(valid) })(
    'a valid payload with one field made hostile gives a result or a SlotwiseError',
    ({ input }) => answers(map, input),
  )
})

describe('safe forms', () => {
  test.prop({ input: fc.jsonValue() })('never throw on JSON', ({ input }) => {
    expect(typeof safeFromCalendlyAvailabilitySchedule(input).success).toBe('boolean')
    expect(typeof safeFromCalendlyBusyTimes(input).success).toBe('boolean')
  })
})
