import { thrownBy } from '@slotwise/testkit'
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

const argument = (path: string) => ({ code: 'INVALID_ARGUMENT', path })

test('null options are an INVALID_ARGUMENT at options, not a TypeError', () => {
  expect(thrownBy(() => fromLeadConnectorSchedule(schedule, null as never))).toEqual(argument('options'))
  expect(thrownBy(() => fromLeadConnectorEvents(events, null as never))).toEqual(argument('options'))
  expect(thrownBy(() => fromLeadConnectorBlockedSlots(blockedSlots, null as never))).toEqual(
    argument('options'),
  )
  expect(thrownBy(() => fromLeadConnectorFreeSlots(freeSlots, null as never))).toEqual(argument('options'))
  expect(thrownBy(() => toLeadConnectorFreeSlots([0], null as never))).toEqual(argument('options'))
  expect(thrownBy(() => planLeadConnectorRecurringBooking(Number.NaN as never, null as never))).toEqual(
    argument('options'),
  )
  const core = fromLeadConnectorCalendar(calendar, { timeZone: 'America/New_York' }).schedule
  expect(thrownBy(() => toLeadConnectorCalendar(core, undefined, null as never))).toEqual(argument('options'))
})

test('fromLeadConnectorFreeSlotsRequest: a NaN now is refused, not returned as the window start', () => {
  const query = { startDate: 1741579200000, endDate: 1742011199999, timezone: 'America/New_York' }
  expect(thrownBy(() => fromLeadConnectorFreeSlotsRequest(query, { now: Number.NaN }))).toEqual(
    argument('options.now'),
  )
})

test('fromLeadConnectorEvents: nonBlockingStatuses that is not a list is refused', () => {
  expect(thrownBy(() => fromLeadConnectorEvents(events, { nonBlockingStatuses: 1 as never }))).toEqual(
    argument('options.nonBlockingStatuses'),
  )
})

test('selectBusyForUser and selectScheduleForUser: arguments that are not what the readers return are refused', () => {
  expect(thrownBy(() => selectBusyForUser(Number.NaN as never, 'u'))).toEqual(argument('events'))
  const settings = fromLeadConnectorCalendar(calendar, { timeZone: 'America/New_York' })
  expect(thrownBy(() => selectScheduleForUser('nobody', settings, Number.NaN as never))).toEqual(
    argument('schedules'),
  )
  expect(thrownBy(() => selectScheduleForUser('nobody', null as never, []))).toEqual(argument('calendar'))
})

test('fromLeadConnectorFreeSlots: a million slots on one date are refused at once, not read for seconds', () => {
  const payload = { '2025-03-10': { slots: new Array<number>(1_000_001).fill(0) } }
  expect(thrownBy(() => fromLeadConnectorFreeSlots(payload, { timeZone: 'US/Eastern' }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: '2025-03-10.slots',
  })
})

test('toLeadConnectorCalendar: a deeply nested options.timeZone is refused, not a stack overflow', () => {
  let deep: unknown = []
  for (let i = 0; i < 100_000; i++) deep = [deep]
  const schedule = { timeZone: 'America/New_York', weekly: { sunday: [{ from: '00:30', to: '04:00' }] } }
  expect(thrownBy(() => toLeadConnectorCalendar(schedule, [], { timeZone: deep as string }))).toEqual(
    argument('options.timeZone'),
  )
})

test('fromLeadConnectorSchedule: a hole in a sparse intervals array is refused at its index, not a TypeError', () => {
  // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
  const payload = { timezone: 'Europe/London', rules: [{ type: 'wday', day: 'friday', intervals: [,] }] }
  expect(thrownBy(() => fromLeadConnectorSchedule(payload))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'rules[0].intervals[0]',
  })
})

test('toLeadConnectorCalendar and toLeadConnectorSchedule: a hole in a sparse weekly list is refused, not a TypeError', () => {
  // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
  const schedule = { timeZone: 'Asia/Kolkata', weekly: { friday: [,] } }
  expect(thrownBy(() => toLeadConnectorCalendar(schedule as never)).code).toBe('INVALID_ARGUMENT')
  expect(thrownBy(() => toLeadConnectorSchedule(schedule as never)).code).toBe('INVALID_ARGUMENT')
})

test('computeLeadConnectorFreeSlots: null input is an INVALID_ARGUMENT, not a TypeError', () => {
  expect(thrownBy(() => computeLeadConnectorFreeSlots(null as never))).toEqual(argument('input'))
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
  expect(thrownBy(() => fromLeadConnectorCalendar(payload, { timeZone: 'America/New_York' }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'calendar.openHours[0].daysOfTheWeek',
  })
})

test('fromLeadConnectorCalendar: a hole in an availability’s hours is refused at its index, not a TypeError', () => {
  // biome-ignore lint/suspicious/noSparseArray: the counterexample is a sparse array.
  const availabilities = [{ date: '2023-09-24T00:00:00.000Z', hours: [,], deleted: false }]
  const payload = { calendar: { ...calendar.calendar, availabilities } }
  expect(thrownBy(() => fromLeadConnectorCalendar(payload, { timeZone: 'America/New_York' }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'calendar.availabilities[0].hours[0]',
  })
  // biome-ignore lint/suspicious/noSparseArray: a sparse team list.
  const team = { calendar: { ...calendar.calendar, teamMembers: [, { userId: 'u1' }] } }
  expect(thrownBy(() => fromLeadConnectorCalendar(team, { timeZone: 'America/New_York' }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'calendar.teamMembers[0]',
  })
})

test('toLeadConnectorSchedule: an existing rule whose day is an object without a prototype is kept out of matching, not a TypeError', () => {
  const core = { timeZone: 'America/New_York', weekly: { monday: [{ from: '09:00', to: '12:00' }] } }
  const rules = [
    { type: 'wday', day: Object.create(null), intervals: [] },
    { type: 'wday', day: 'monday', id: 'r1', intervals: [] },
  ]
  const { schedule: written } = toLeadConnectorSchedule(core, { schedule: { ...schedule.schedule, rules } })
  expect(written.rules).toEqual([
    { type: 'wday', day: 'monday', id: 'r1', intervals: [{ from: '09:00', to: '12:00' }] },
  ])
})

test('planLeadConnectorRecurringBooking: a deeply nested count is refused, not a stack overflow', () => {
  let count: unknown = []
  for (let i = 0; i < 100_000; i++) count = [count]
  const options = {
    startTime: '2025-03-03T10:00:00-05:00',
    recurring: { freq: 'WEEKLY', count, bookingOption: 'skip', bookingOverlapDefaultStatus: 'new' },
    timeZone: 'America/New_York',
  }
  expect(thrownBy(() => planLeadConnectorRecurringBooking({} as never, options as never)).code).toBe(
    'INVALID_ARGUMENT',
  )
})

test('fromLeadConnectorCalendar: a hole in sparse openHours is refused at its index, not passed over', () => {
  const hours = { daysOfTheWeek: [1], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }
  // biome-ignore lint/suspicious/noSparseArray: sparse open hours.
  const payload = { calendar: { ...calendar.calendar, openHours: [hours, , hours] } }
  expect(thrownBy(() => fromLeadConnectorCalendar(payload, { timeZone: 'America/New_York' }))).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: 'calendar.openHours[1]',
  })
})
