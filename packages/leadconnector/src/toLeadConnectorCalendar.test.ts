import { describe, expect, test } from 'vitest'
import calendar from './__fixtures__/calendar.json' with { type: 'json' }
import calendarMidnight from './__fixtures__/calendar-midnight.json' with { type: 'json' }
import calendarOverrides from './__fixtures__/calendar-overrides.json' with { type: 'json' }
import seedUpdate from './__fixtures__/seed-update-calendar.json' with { type: 'json' }
import { fromLeadConnectorCalendar, toLeadConnectorCalendar } from './index.js'

describe('to(from(payload)) gives the payload back, byte for byte', () => {
  test('the documented calendar', () => {
    const { schedule } = fromLeadConnectorCalendar(calendar, { timeZone: 'America/New_York' })
    const written = toLeadConnectorCalendar(schedule, calendar, { timeZone: 'America/New_York' })
    expect(JSON.stringify(written.calendar)).toBe(JSON.stringify(calendar.calendar))
    expect(written.warnings).toEqual([])
  })

  test('the seed update body', () => {
    const { schedule } = fromLeadConnectorCalendar(seedUpdate, { timeZone: 'America/Chicago' })
    expect(JSON.stringify(toLeadConnectorCalendar(schedule, seedUpdate).calendar)).toBe(
      JSON.stringify({ ...seedUpdate, availabilities: seedUpdate.availabilities, openHours: [] }),
    )
  })
})

test('hours are grouped by equal weekdays, the end of the day is 23:59, past midnight closes before it opens', () => {
  const written = toLeadConnectorCalendar({
    timeZone: 'Europe/London',
    weekly: {
      monday: [{ from: '09:00', to: '17:00' }],
      tuesday: [{ from: '09:00', to: '17:00' }],
      friday: [{ from: '22:00', to: '02:00' }],
      saturday: [{ from: '10:00', to: '24:00' }],
      sunday: [{ from: '09:00', to: '17:00' }],
    },
  })
  expect(written.calendar.openHours).toEqual([
    { daysOfTheWeek: [0, 1, 2], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] },
    { daysOfTheWeek: [5], hours: [{ openHour: 22, openMinute: 0, closeHour: 2, closeMinute: 0 }] },
    { daysOfTheWeek: [6], hours: [{ openHour: 10, openMinute: 0, closeHour: 23, closeMinute: 59 }] },
  ])
  expect(written.warnings.map((w) => [w.code, w.path])).toEqual([
    ['HOURS_CROSS_MIDNIGHT', 'schedule.weekly.friday'],
  ])
  // Read back, the same hours.
  expect(fromLeadConnectorCalendar(written.calendar, { timeZone: 'Europe/London' }).schedule.weekly).toEqual({
    monday: [{ from: '09:00', to: '17:00' }],
    tuesday: [{ from: '09:00', to: '17:00' }],
    friday: [{ from: '22:00', to: '02:00' }],
    saturday: [{ from: '10:00', to: '24:00' }],
    sunday: [{ from: '09:00', to: '17:00' }],
  })
  expect(
    fromLeadConnectorCalendar(calendarMidnight, { timeZone: 'Europe/London' }).schedule.weekly?.sunday,
  ).toEqual([{ from: '21:00', to: '24:00' }])
})

test('an update keeps ids of rewritten availabilities and tombstones the ones no longer needed', () => {
  const { schedule } = fromLeadConnectorCalendar(calendarOverrides, { timeZone: 'America/Los_Angeles' })
  const changed = {
    ...schedule,
    overrides: [
      { date: '2025-03-11', hours: [{ from: '13:00', to: '15:00' }] },
      { date: '2025-03-14', hours: [{ from: '12:00', to: '14:00' }] },
      { date: '2025-03-20', hours: [] },
    ],
  }
  const written = toLeadConnectorCalendar(changed, calendarOverrides)
  expect(written).toMatchSnapshot()
  expect(
    written.calendar.availabilities.map((a) => [a.id, a.date.slice(0, 10), a.deleted, a.hours.length]),
  ).toEqual([
    ['AvLTue1', '2025-03-11', false, 1],
    ['AvLFri', '2025-03-14', false, 1],
    [undefined, '2025-03-20', false, 0],
    ['AvLThu', '2025-03-13', true, 0],
    ['AvLWed', '2025-03-12', true, 1],
    ['AvLTue2', '2025-03-11', true, 1],
    ['AvLMon', '2025-03-10', true, 1],
  ])
})

test('breaks are cut out of the hours; holidays and whole-day leave close dates; a dated break makes a date explicit', () => {
  const written = toLeadConnectorCalendar({
    timeZone: 'UTC',
    weekly: { monday: [{ from: '09:00', to: '17:00' }], tuesday: [{ from: '09:00', to: '17:00' }] },
    breaks: {
      weekly: { monday: [{ from: '12:00', to: '13:00' }] },
      dates: [{ date: '2025-03-11', hours: [{ from: '10:00', to: '11:00' }] }],
    },
    holidays: ['2025-03-17'],
    leave: [{ from: '2025-03-24', to: '2025-03-25' }],
  })
  const hour = (open: number, close: number) => ({
    openHour: open,
    openMinute: 0,
    closeHour: close,
    closeMinute: 0,
  })
  expect(written.calendar.openHours).toEqual([
    { daysOfTheWeek: [1], hours: [hour(9, 12), hour(13, 17)] },
    { daysOfTheWeek: [2], hours: [hour(9, 17)] },
  ])
  expect(written.calendar.availabilities).toEqual([
    { date: '2025-03-11T00:00:00.000Z', hours: [hour(9, 10), hour(11, 17)], deleted: false },
    { date: '2025-03-17T00:00:00.000Z', hours: [], deleted: false },
    { date: '2025-03-24T00:00:00.000Z', hours: [], deleted: false },
    { date: '2025-03-25T00:00:00.000Z', hours: [], deleted: false },
  ])
  expect(written.warnings).toEqual([])
})

test('warnings for what LeadConnector cannot hold', () => {
  const written = toLeadConnectorCalendar(
    {
      timeZone: 'Europe/Paris',
      weekly: null,
      overrides: [{ date: '2025-03-10', hours: [{ from: '09:00:30', to: '23:59' }] }],
      leave: [{ start: 0, end: 1 }],
      zoneChanges: [{ from: '2025-04-01', timeZone: 'Asia/Tokyo' }],
    },
    { calendar: { availabilityType: 0 } },
    { timeZone: 'Europe/Berlin' },
  )
  expect(written.warnings.map((w) => [w.code, w.path])).toEqual([
    ['SECONDS_TRUNCATED', 'schedule.overrides[0].hours[0]'],
    ['LEAVE_NOT_REPRESENTABLE', 'schedule.leave[0]'],
    ['ZONE_CHANGES_NOT_REPRESENTABLE', 'schedule.zoneChanges'],
    ['NO_TEMPLATE', 'schedule.weekly'],
    ['TIME_ZONE_MISMATCH', 'schedule.timeZone'],
    ['END_OF_DAY_AMBIGUOUS', 'schedule.overrides.2025-03-10'],
    ['OVERRIDES_IGNORED_BY_VENDOR', 'schedule.overrides'],
  ])
})

test('dayZero monday numbers Monday 0', () => {
  const written = toLeadConnectorCalendar(
    {
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00', to: '10:00' }], sunday: [{ from: '09:00', to: '10:00' }] },
    },
    undefined,
    {
      dayZero: 'monday',
    },
  )
  expect(written.calendar.openHours[0]?.daysOfTheWeek).toEqual([0, 6])
})

describe('found by the round-trip property', () => {
  const hour = (open: number, openMinute: number, close: number, closeMinute: number) => ({
    openHour: open,
    openMinute,
    closeHour: close,
    closeMinute,
  })

  test('a break just after midnight cuts a night shift: the piece after it is written on the next date', () => {
    const written = toLeadConnectorCalendar({
      timeZone: 'UTC',
      weekly: { saturday: [{ from: '18:15', to: '00:15' }] },
      breaks: { weekly: { sunday: [{ from: '00:00', to: '00:01' }] } },
    })
    expect(written.calendar.openHours).toEqual([
      { daysOfTheWeek: [6], hours: [hour(18, 15, 23, 59)] },
      { daysOfTheWeek: [0], hours: [hour(0, 1, 0, 15)] },
    ])
  })

  test('a carried piece overlapping the next date’s hours is written as touching pieces, never as one range over 24 hours', () => {
    const written = toLeadConnectorCalendar({
      timeZone: 'UTC',
      weekly: { tuesday: [{ from: '07:15', to: '04:15' }], wednesday: [{ from: '04:00', to: '00:30' }] },
      breaks: { weekly: { wednesday: [{ from: '00:00', to: '00:15' }] } },
    })
    expect(written.calendar.openHours).toEqual([
      { daysOfTheWeek: [2], hours: [hour(7, 15, 23, 59)] },
      { daysOfTheWeek: [3], hours: [hour(0, 15, 4, 0), hour(4, 0, 0, 30)] },
    ])
    expect(
      fromLeadConnectorCalendar(written.calendar, { timeZone: 'UTC' }).schedule.weekly?.wednesday,
    ).toEqual([
      { from: '00:15', to: '04:00' },
      { from: '04:00', to: '00:30' },
    ])
  })
})
