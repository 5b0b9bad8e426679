import { fc, test } from '@fast-check/vitest'
import { isSlotwiseError, type Schedule } from '@slotwise/core'
import { arbitraryHostileValue, arbitraryMutation } from '@slotwise/testkit'
import { expect } from 'vitest'
import calendar from './__fixtures__/calendar.json' with { type: 'json' }
import calendarCapacity from './__fixtures__/calendar-capacity.json' with { type: 'json' }
import calendarOverrides from './__fixtures__/calendar-overrides.json' with { type: 'json' }
import events from './__fixtures__/events.json' with { type: 'json' }
import eventsRecurring from './__fixtures__/events-recurring.json' with { type: 'json' }
import freeSlots from './__fixtures__/free-slots.json' with { type: 'json' }
import schedule from './__fixtures__/schedule.json' with { type: 'json' }
import seedBlockedSlots from './__fixtures__/seed-blocked-slots.json' with { type: 'json' }
import weekBlockedSlots from './__fixtures__/week-blocked-slots.json' with { type: 'json' }
import weekCalendar from './__fixtures__/week-calendar.json' with { type: 'json' }
import weekEvents from './__fixtures__/week-events.json' with { type: 'json' }
import weekSchedules from './__fixtures__/week-schedules.json' with { type: 'json' }
import {
  computeLeadConnectorFreeSlots,
  fromLeadConnectorBlockedSlots,
  fromLeadConnectorCalendar,
  fromLeadConnectorEvents,
  fromLeadConnectorFreeSlots,
  fromLeadConnectorFreeSlotsRequest,
  fromLeadConnectorSchedule,
  safeFromLeadConnectorBlockedSlots,
  safeFromLeadConnectorCalendar,
  safeFromLeadConnectorEvents,
  safeFromLeadConnectorFreeSlots,
  safeFromLeadConnectorFreeSlotsRequest,
  safeFromLeadConnectorSchedule,
  toLeadConnectorCalendar,
  toLeadConnectorFreeSlots,
  toLeadConnectorSchedule,
} from './index.js'

const now = Date.UTC(2025, 2, 9, 12)
const query = {
  startDate: Date.UTC(2025, 2, 10, 4),
  endDate: Date.UTC(2025, 2, 15, 4) - 1,
  timezone: 'America/New_York',
}

/** Arbitrary JSON, hostile values, and valid payloads with one field replaced or polluted. */
function payloads(...valid: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    arbitraryHostileValue(),
    ...valid.map((value) => arbitraryMutation(value)),
  )
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()

/** Runs `map`: a value or a SlotwiseError, never anything else; Object.prototype untouched. */
function outcome(map: () => unknown): 'value' | 'error' {
  let result: 'value' | 'error' = 'value'
  try {
    map()
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    result = 'error'
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return result
}

const cases: [
  string,
  unknown[],
  (payload: unknown) => unknown,
  (payload: unknown) => { success: boolean },
][] = [
  [
    'fromLeadConnectorCalendar',
    [calendar, calendarOverrides, calendarCapacity],
    (p) => fromLeadConnectorCalendar(p, { timeZone: 'America/New_York', now }),
    (p) => safeFromLeadConnectorCalendar(p, { timeZone: 'America/New_York', now }),
  ],
  [
    'fromLeadConnectorSchedule',
    [schedule],
    (p) => fromLeadConnectorSchedule(p),
    (p) => safeFromLeadConnectorSchedule(p),
  ],
  [
    'fromLeadConnectorEvents',
    [events, eventsRecurring],
    (p) =>
      fromLeadConnectorEvents(p, {
        timeZone: 'America/New_York',
        calendarId: 'CaL0000000000000001',
        bufferAfterMinutes: 5,
      }),
    (p) => safeFromLeadConnectorEvents(p, { timeZone: 'America/New_York' }),
  ],
  [
    'fromLeadConnectorBlockedSlots',
    [seedBlockedSlots],
    (p) => fromLeadConnectorBlockedSlots(p),
    (p) => safeFromLeadConnectorBlockedSlots(p),
  ],
  [
    'fromLeadConnectorFreeSlots',
    [freeSlots],
    (p) => fromLeadConnectorFreeSlots(p),
    (p) => safeFromLeadConnectorFreeSlots(p),
  ],
  [
    'fromLeadConnectorFreeSlotsRequest',
    [query],
    (p) => fromLeadConnectorFreeSlotsRequest(p, { now }),
    (p) => safeFromLeadConnectorFreeSlotsRequest(p, { now }),
  ],
]

for (const [name, valid, map, safeMap] of cases) {
  test.prop({ payload: payloads(...valid) })(
    `${name}: any JSON gives a result or a SlotwiseError, and pollutes nothing`,
    ({ payload }) => {
      const thrown = outcome(() => map(payload))
      expect(safeMap(payload).success).toBe(thrown === 'value')
    },
  )
}

const week = {
  calendar: weekCalendar,
  schedules: weekSchedules,
  events: weekEvents,
  blockedSlots: weekBlockedSlots,
  query,
}

test.prop({ input: arbitraryMutation(week) })(
  'computeLeadConnectorFreeSlots: any mutated input gives an answer or a SlotwiseError',
  ({ input }) => {
    outcome(() =>
      computeLeadConnectorFreeSlots({ ...(input as typeof week), now, timeZone: 'America/New_York' }),
    )
  },
)

const coreSchedule: Schedule = {
  timeZone: 'Europe/London',
  weekly: { monday: [{ from: '09:00', to: '17:00' }] },
  overrides: [{ date: '2025-03-14', hours: [] }],
  holidays: [{ from: '2025-12-24', to: '2025-12-26' }],
  leave: ['2025-03-20'],
  breaks: {
    weekly: { monday: [{ from: '12:00', to: '13:00' }] },
    dates: [{ date: '2025-03-17', hours: [{ from: '10:00', to: '11:00' }] }],
  },
}

test.prop({ value: payloads(coreSchedule), existing: payloads(calendar) })(
  'toLeadConnectorCalendar and toLeadConnectorSchedule: any value gives a result or a SlotwiseError',
  ({ value, existing }) => {
    outcome(() => toLeadConnectorCalendar(value as Schedule, existing))
    outcome(() => toLeadConnectorSchedule(value as Schedule, existing))
  },
)

test.prop({ value: payloads([0, { start: 60_000, end: 120_000 }]) })(
  'toLeadConnectorFreeSlots: any value gives a result or a SlotwiseError',
  ({ value }) => {
    outcome(() => toLeadConnectorFreeSlots(value as never, { timeZone: 'UTC' }))
  },
)
