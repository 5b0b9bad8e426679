// Counterexamples the all-exports fuzz suite (allExports.fuzz.test.ts) shrank to, kept as
// examples: each escaped as a foreign TypeError, or returned NaN, before its fix.
import { isSlotwiseError } from '@slotwise/core'
import { expect, test } from 'vitest'
import blockedSlots from './__fixtures__/blocked-slots.json' with { type: 'json' }
import calendar from './__fixtures__/calendar.json' with { type: 'json' }
import events from './__fixtures__/events.json' with { type: 'json' }
import freeSlots from './__fixtures__/free-slots.json' with { type: 'json' }
import schedule from './__fixtures__/schedule.json' with { type: 'json' }
import {
  computeLeadConnectorFreeSlots,
  fromLeadConnectorBlockedSlots,
  fromLeadConnectorCalendar,
  fromLeadConnectorEvents,
  fromLeadConnectorFreeSlots,
  fromLeadConnectorFreeSlotsRequest,
  fromLeadConnectorSchedule,
  planLeadConnectorRecurringBooking,
  selectBusyForUser,
  selectScheduleForUser,
  toLeadConnectorCalendar,
  toLeadConnectorFreeSlots,
  toLeadConnectorSchedule,
} from './index.js'

/** The code and path of what `run` throws. */
function thrown(run: () => unknown): { code: string; path: string } {
  try {
    run()
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    return { code: error.code, path: error.path }
  }
  throw new Error('expected a SlotwiseError')
}

const argument = (path: string) => ({ code: 'INVALID_ARGUMENT', path })

test('null options are an INVALID_ARGUMENT at options, not a TypeError', () => {
  expect(thrown(() => fromLeadConnectorSchedule(schedule, null as never))).toEqual(argument('options'))
  expect(thrown(() => fromLeadConnectorEvents(events, null as never))).toEqual(argument('options'))
  expect(thrown(() => fromLeadConnectorBlockedSlots(blockedSlots, null as never))).toEqual(
    argument('options'),
  )
  expect(thrown(() => fromLeadConnectorFreeSlots(freeSlots, null as never))).toEqual(argument('options'))
  expect(thrown(() => toLeadConnectorFreeSlots([0], null as never))).toEqual(argument('options'))
  expect(thrown(() => planLeadConnectorRecurringBooking(Number.NaN as never, null as never))).toEqual(
    argument('options'),
  )
  const core = fromLeadConnectorCalendar(calendar, { timeZone: 'America/New_York' }).schedule
  expect(thrown(() => toLeadConnectorCalendar(core, undefined, null as never))).toEqual(argument('options'))
})

test('fromLeadConnectorFreeSlotsRequest: a NaN now is refused, not returned as the window start', () => {
  const query = { startDate: 1741579200000, endDate: 1742011199999, timezone: 'America/New_York' }
  expect(thrown(() => fromLeadConnectorFreeSlotsRequest(query, { now: Number.NaN }))).toEqual(
    argument('options.now'),
  )
})

test('fromLeadConnectorEvents: nonBlockingStatuses that is not a list is refused', () => {
  expect(thrown(() => fromLeadConnectorEvents(events, { nonBlockingStatuses: 1 as never }))).toEqual(
    argument('options.nonBlockingStatuses'),
  )
})

test('selectBusyForUser and selectScheduleForUser: arguments that are not what the readers return are refused', () => {
  expect(thrown(() => selectBusyForUser(Number.NaN as never, 'u'))).toEqual(argument('events'))
  const settings = fromLeadConnectorCalendar(calendar, { timeZone: 'America/New_York' })
  expect(thrown(() => selectScheduleForUser('nobody', settings, Number.NaN as never))).toEqual(
    argument('schedules'),
  )
  expect(thrown(() => selectScheduleForUser('nobody', null as never, []))).toEqual(argument('calendar'))
})

test('fromLeadConnectorFreeSlots: a million slots on one date are refused at once, not read for seconds', () => {
  const payload = { '2025-03-10': { slots: new Array<number>(1_000_001).fill(0) } }
  expect(thrown(() => fromLeadConnectorFreeSlots(payload, { timeZone: 'US/Eastern' }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: '2025-03-10.slots',
  })
})

test('toLeadConnectorCalendar: a deeply nested options.timeZone is refused, not a stack overflow', () => {
  let deep: unknown = []
  for (let i = 0; i < 100_000; i++) deep = [deep]
  const schedule = { timeZone: 'America/New_York', weekly: { sunday: [{ from: '00:30', to: '04:00' }] } }
  expect(thrown(() => toLeadConnectorCalendar(schedule, [], { timeZone: deep as string }))).toEqual(
    argument('options.timeZone'),
  )
})

test('fromLeadConnectorSchedule: a hole in a sparse intervals array is refused at its index, not a TypeError', () => {
  // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
  const payload = { timezone: 'Europe/London', rules: [{ type: 'wday', day: 'friday', intervals: [,] }] }
  expect(thrown(() => fromLeadConnectorSchedule(payload))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'rules[0].intervals[0]',
  })
})

test('toLeadConnectorCalendar and toLeadConnectorSchedule: a hole in a sparse weekly list is refused, not a TypeError', () => {
  // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
  const schedule = { timeZone: 'Asia/Kolkata', weekly: { friday: [,] } }
  expect(thrown(() => toLeadConnectorCalendar(schedule as never)).code).toBe('INVALID_ARGUMENT')
  expect(thrown(() => toLeadConnectorSchedule(schedule as never)).code).toBe('INVALID_ARGUMENT')
})

test('computeLeadConnectorFreeSlots: null input is an INVALID_ARGUMENT, not a TypeError', () => {
  expect(thrown(() => computeLeadConnectorFreeSlots(null as never))).toEqual(argument('input'))
})

test('fromLeadConnectorCalendar: a million daysOfTheWeek are refused at once, not read for seconds', () => {
  const payload = {
    calendar: {
      id: 'c1',
      openHours: [
        { daysOfTheWeek: new Array<number>(1_000_000).fill(0), hours: [{ openHour: 9, closeHour: 17 }] },
      ],
    },
  }
  expect(thrown(() => fromLeadConnectorCalendar(payload, { timeZone: 'America/New_York' }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'calendar.openHours[0].daysOfTheWeek',
  })
})
