import { availability, type Schedule, type SlotPolicy, toOffsetDateTime } from '@slotwise/core'
import { thrownBy } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import calendar from './__fixtures__/calendar.json' with { type: 'json' }
import calendarCapacity from './__fixtures__/calendar-capacity.json' with { type: 'json' }
import calendarDst from './__fixtures__/calendar-dst.json' with { type: 'json' }
import calendarMidnight from './__fixtures__/calendar-midnight.json' with { type: 'json' }
import calendarOverrides from './__fixtures__/calendar-overrides.json' with { type: 'json' }
import seedUpdate from './__fixtures__/seed-update-calendar.json' with { type: 'json' }
import { fromLeadConnectorCalendar, safeFromLeadConnectorCalendar } from './index.js'

/** Every slot start of `schedule` under `policy` over local dates `from`–`to`, as offset text per date. */
function slotsOf(schedule: Schedule, policy: SlotPolicy, from: string, to: string): Record<string, string[]> {
  const result = availability({
    window: { from, to, timeZone: schedule.timeZone },
    now: Date.UTC(2000, 0, 1),
    people: [{ id: 'p', schedule }],
    policy,
  })
  const days: Record<string, string[]> = {}
  for (const day of result.people[0]!.days) {
    days[day.date] = day.slots.map((slot) => toOffsetDateTime(slot.start, schedule.timeZone).slice(11))
  }
  return days
}

describe('the documented calendar (vendors.md H2)', () => {
  const read = fromLeadConnectorCalendar(calendar, { timeZone: 'America/New_York' })

  test('maps to a schedule, a policy and a team', () => {
    expect(read).toMatchSnapshot()
  })

  test('reads the date part of availabilities literally and lets them replace the weekday', () => {
    expect(read.schedule.overrides).toEqual([{ date: '2025-03-14', hours: [{ from: '10:00', to: '14:00' }] }])
    expect(read.schedule.weekly?.friday).toEqual([
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:30' },
    ])
  })

  test('maps the numbers: units, buffers, notice, horizon, per-day limit, look busy, team', () => {
    expect(read.policy).toEqual({
      durationMinutes: 30,
      intervalMinutes: 15,
      alignment: 'window',
      eventType: 'CaL0000000000000001',
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 5,
      minimumNoticeMinutes: 240,
      horizon: { days: 30 },
      limits: { day: { count: 6 } },
      lookBusy: { percent: 25, seed: 'CaL0000000000000001' },
    })
    expect(read.team).toEqual({ mode: 'anyOf' })
    expect(read.distribution).toBe('availability')
    expect(read.teamMembers).toEqual([
      { userId: 'UsR0000000000000001', priority: 1, isPrimary: false },
      { userId: 'UsR0000000000000002', priority: 0.5, isPrimary: false },
    ])
    expect(read.recurring).toBeUndefined()
    expect(read.warnings).toEqual([])
  })
})

test('the seed update-calendar body parses and maps', () => {
  const read = fromLeadConnectorCalendar(seedUpdate, { timeZone: 'America/Chicago' })
  expect(read).toMatchSnapshot()
  expect(read.schedule.overrides).toEqual([{ date: '2023-09-24', hours: [{ from: '09:00', to: '17:00' }] }])
  expect(read.team).toBeUndefined()
})

describe('DST days (America/New_York, Sunday 00:30–04:00)', () => {
  const read = fromLeadConnectorCalendar(calendarDst, { timeZone: 'America/New_York' })

  test('spring forward: 3.5 wall hours hold 2.5 real hours, the grid steps in real minutes', () => {
    expect(slotsOf(read.schedule, read.policy, '2025-03-09', '2025-03-09')).toEqual({
      '2025-03-09': [
        '00:30:00-05:00',
        '01:00:00-05:00',
        '01:30:00-05:00',
        '03:00:00-04:00',
        '03:30:00-04:00',
      ],
    })
  })

  test('fall back: 01:00 and 01:30 come twice, with their two offsets', () => {
    expect(slotsOf(read.schedule, read.policy, '2025-11-02', '2025-11-02')).toEqual({
      '2025-11-02': [
        '00:30:00-04:00',
        '01:00:00-04:00',
        '01:30:00-04:00',
        '01:00:00-05:00',
        '01:30:00-05:00',
        '02:00:00-05:00',
        '02:30:00-05:00',
        '03:00:00-05:00',
        '03:30:00-05:00',
      ],
    })
  })
})

describe('hours across and at midnight (Europe/London)', () => {
  const read = fromLeadConnectorCalendar(calendarMidnight, { timeZone: 'Europe/London' })

  test('a close before the open crosses midnight; 23:60, 23:59 and 00:00 close at the end of the day', () => {
    expect(read.schedule.weekly).toEqual({
      monday: [{ from: '23:00', to: '24:00' }],
      friday: [{ from: '22:00', to: '02:00' }],
      saturday: [{ from: '10:00', to: '24:00' }],
      sunday: [{ from: '21:00', to: '24:00' }],
    })
    expect(read.warnings).toEqual([])
  })

  test("the night's slots after midnight belong to the next local date", () => {
    const saturday = ['00:00', '01:00', ...Array.from({ length: 14 }, (_, i) => `${String(10 + i)}:00`)]
    expect(slotsOf(read.schedule, read.policy, '2025-03-14', '2025-03-17')).toEqual({
      '2025-03-14': ['22:00:00+00:00', '23:00:00+00:00'],
      '2025-03-15': saturday.map((time) => `${time}:00+00:00`),
      '2025-03-16': ['21:00:00+00:00', '22:00:00+00:00', '23:00:00+00:00'],
      // 23:00–23:59 read literally would not hold an hour; read as 24:00 it does.
      '2025-03-17': ['23:00:00+00:00'],
    })
  })
})

describe('date availabilities (America/Los_Angeles)', () => {
  const read = fromLeadConnectorCalendar(calendarOverrides, { timeZone: 'America/Los_Angeles' })

  test('overrides replace, [] closes, deleted ones vanish, duplicates merge, the Z is ignored', () => {
    expect(read.schedule.overrides).toEqual([
      { date: '2025-03-10', hours: [{ from: '07:00', to: '08:00' }] },
      { date: '2025-03-11', hours: [{ from: '13:00', to: '16:00' }] },
      { date: '2025-03-13', hours: [] },
      { date: '2025-03-14', hours: [{ from: '12:00', to: '14:00' }] },
    ])
    expect(slotsOf(read.schedule, read.policy, '2025-03-10', '2025-03-14')).toEqual({
      '2025-03-10': ['07:00:00-07:00'],
      '2025-03-11': ['13:00:00-07:00', '14:00:00-07:00', '15:00:00-07:00'],
      '2025-03-12': ['09:00:00-07:00', '10:00:00-07:00'],
      '2025-03-13': [],
      '2025-03-14': ['12:00:00-07:00', '13:00:00-07:00'],
    })
  })

  test('says what it reinterpreted', () => {
    expect(read.warnings.map((w) => [w.code, w.path])).toEqual([
      ['DUPLICATE_DATE', 'calendar.availabilities[4]'],
      ['OVERRIDE_DATE_NOT_MIDNIGHT', 'calendar.availabilities[5].date'],
      ['OVERLAPPING_HOURS', 'calendar.availabilities[3]'],
    ])
  })

  test('emptyAvailability: ignore keeps the weekday hours on a date with hours: []', () => {
    const ignoring = fromLeadConnectorCalendar(calendarOverrides, {
      timeZone: 'America/Los_Angeles',
      emptyAvailability: 'ignore',
    })
    expect(ignoring.schedule.overrides?.map((o) => o.date)).toEqual([
      '2025-03-10',
      '2025-03-11',
      '2025-03-14',
    ])
  })

  test('availabilityType 1 uses only the availabilities, 0 only the open hours', () => {
    const only = (availabilityType: number) =>
      fromLeadConnectorCalendar(
        { calendar: { ...calendarOverrides.calendar, availabilityType } },
        { timeZone: 'America/Los_Angeles' },
      )
    expect(only(1).schedule.weekly).toEqual({})
    expect(only(1).warnings.map((w) => w.code)).toContain('OPEN_HOURS_IGNORED')
    expect(only(0).schedule.overrides).toBeUndefined()
    expect(only(0).warnings.map((w) => w.code)).toContain('AVAILABILITIES_IGNORED')
  })
})

describe('units, capacity and limits', () => {
  const read = fromLeadConnectorCalendar(calendarCapacity, { timeZone: 'UTC' })

  test('hours units, fractional hours, several seats per slot, day limit, weeks of horizon, days of notice', () => {
    expect(read.policy).toEqual({
      durationMinutes: 60,
      intervalMinutes: 30,
      alignment: 'window',
      eventType: 'CaLClass',
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      minimumNoticeMinutes: 1440,
      horizon: { days: 14 },
      capacity: 2,
      limits: { day: { count: 3 } },
    })
    expect(read.recurring).toEqual({
      freq: 'WEEKLY',
      count: 30,
      bookingOption: 'book_next',
      bookingOverlapDefaultStatus: 'new',
    })
    expect(read.warnings.map((w) => w.code)).toEqual([
      'LOOK_BUSY_NOT_APPLICABLE',
      'CAPACITY_IGNORES_BOOKING_BUFFERS',
      'RECURRING_COUNT_OVER_LIMIT',
    ])
  })

  test('months of notice and horizon are calendar months from now, or 30 days with a warning', () => {
    const months = {
      calendar: {
        allowBookingAfter: 1,
        allowBookingAfterUnit: 'months',
        allowBookingFor: 1,
        allowBookingForUnit: 'months',
      },
    }
    // From 2025-01-31 09:00 in New York, one month later is 2025-02-28 09:00: 28 days.
    const exact = fromLeadConnectorCalendar(months, {
      timeZone: 'America/New_York',
      now: Date.UTC(2025, 0, 31, 14),
    })
    expect(exact.policy.minimumNoticeMinutes).toBe(28 * 1440)
    expect(exact.policy.horizon).toEqual({ days: 28 })
    const approximate = fromLeadConnectorCalendar(months, { timeZone: 'America/New_York' })
    expect(approximate.policy.horizon).toEqual({ days: 30 })
    expect(approximate.warnings.map((w) => w.code)).toEqual(['APPROXIMATE_MONTHS', 'APPROXIMATE_MONTHS'])
  })

  test('horizonIncludesToday counts today as the first of the N days', () => {
    const read = fromLeadConnectorCalendar(
      { allowBookingFor: 7 },
      { timeZone: 'UTC', horizonIncludesToday: true },
    )
    expect(read.policy.horizon).toEqual({ days: 6 })
  })

  test('defaults: 30-minute slots every 30 minutes, no buffers, no limits', () => {
    expect(fromLeadConnectorCalendar({}, { timeZone: 'UTC' }).policy).toEqual({
      durationMinutes: 30,
      intervalMinutes: 30,
      alignment: 'window',
      eventType: 'calendar',
    })
  })
})

test('collective calendars need everyone; dayZero monday renumbers the weekdays', () => {
  const read = fromLeadConnectorCalendar(
    {
      calendarType: 'collective',
      teamMembers: [{ userId: 'a', isPrimary: true }, { userId: 'b' }],
      openHours: [
        { daysOfTheWeek: [0], hours: [{ openHour: 9, openMinute: 0, closeHour: 10, closeMinute: 0 }] },
      ],
    },
    { timeZone: 'UTC', dayZero: 'monday' },
  )
  expect(read.team).toEqual({ mode: 'collective' })
  expect(read.schedule.weekly).toEqual({ monday: [{ from: '09:00', to: '10:00' }] })
})

test('minutes up to 60 carry into the hour; equal open and close is read as 24 hours with a warning', () => {
  const read = fromLeadConnectorCalendar(
    {
      openHours: [
        { daysOfTheWeek: [1], hours: [{ openHour: 8, openMinute: 60, closeHour: 9, closeMinute: 60 }] },
        { daysOfTheWeek: [2], hours: [{ openHour: 6, openMinute: 0, closeHour: 6, closeMinute: 0 }] },
      ],
    },
    { timeZone: 'UTC' },
  )
  expect(read.schedule.weekly).toEqual({
    monday: [{ from: '09:00', to: '10:00' }],
    tuesday: [{ from: '06:00', to: '06:00' }],
  })
  expect(read.warnings.map((w) => [w.code, w.path])).toEqual([['EQUAL_OPEN_CLOSE', 'openHours[1].hours[0]']])
})

test('two openHours entries for one weekday merge, overlaps with a warning', () => {
  const hour = (open: number, close: number) => ({
    openHour: open,
    openMinute: 0,
    closeHour: close,
    closeMinute: 0,
  })
  const read = fromLeadConnectorCalendar(
    {
      openHours: [
        { daysOfTheWeek: [3], hours: [hour(9, 12)] },
        { daysOfTheWeek: [3, 4], hours: [hour(11, 14), hour(14, 15)] },
      ],
    },
    { timeZone: 'UTC' },
  )
  expect(read.schedule.weekly).toEqual({
    wednesday: [
      { from: '09:00', to: '14:00' },
      { from: '14:00', to: '15:00' },
    ],
    thursday: [
      { from: '11:00', to: '14:00' },
      { from: '14:00', to: '15:00' },
    ],
  })
  expect(read.warnings.map((w) => w.code)).toEqual(['OVERLAPPING_HOURS'])
})

describe('bad payloads fail with INVALID_VENDOR_PAYLOAD and the JSON path', () => {
  const cases: [string, unknown, string][] = [
    [
      'a day number past 6',
      { calendar: { openHours: [{ daysOfTheWeek: [7], hours: [] }] } },
      'calendar.openHours[0].daysOfTheWeek[0]',
    ],
    [
      'a close past 24:00',
      {
        openHours: [
          { daysOfTheWeek: [1], hours: [{ openHour: 9, openMinute: 0, closeHour: 24, closeMinute: 30 }] },
        ],
      },
      'openHours[0].hours[0].closeHour',
    ],
    [
      'an unknown unit',
      { calendar: { slotDuration: 30, slotDurationUnit: 'days' } },
      'calendar.slotDurationUnit',
    ],
    ['a zero duration', { calendar: { slotDuration: 0 } }, 'calendar.slotDuration'],
    [
      'a duration over a day',
      { calendar: { slotDuration: 25, slotDurationUnit: 'hours' } },
      'calendar.slotDuration',
    ],
    [
      'an availability without a date',
      { calendar: { availabilities: [{ hours: [] }] } },
      'calendar.availabilities[0].date',
    ],
    [
      'a date that does not exist',
      { calendar: { availabilities: [{ date: '2025-02-30T00:00:00.000Z', hours: [] }] } },
      'calendar.availabilities[0].date',
    ],
    [
      'a member listed twice',
      { calendar: { teamMembers: [{ userId: 'a' }, { userId: 'a' }] } },
      'calendar.teamMembers[1].userId',
    ],
    [
      'a priority out of range',
      { calendar: { teamMembers: [{ userId: 'a', priority: 2 }] } },
      'calendar.teamMembers[0].priority',
    ],
    [
      'a look-busy share over 100',
      { calendar: { lookBusyConfig: { enabled: true, LookBusyPercentage: 120 } } },
      'calendar.lookBusyConfig.LookBusyPercentage',
    ],
    ['not an object', [], ''],
  ]
  test.each(cases)('%s', (_, payload, path) => {
    expect(thrownBy(() => fromLeadConnectorCalendar(payload, { timeZone: 'UTC' }))).toEqual({
      code: 'INVALID_VENDOR_PAYLOAD',
      path,
    })
    const safe = safeFromLeadConnectorCalendar(payload, { timeZone: 'UTC' })
    expect(safe.success ? [] : safe.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_VENDOR_PAYLOAD', path],
    ])
  })

  test('an unknown location zone is an INVALID_VENDOR_PAYLOAD at options.timeZone', () => {
    expect(thrownBy(() => fromLeadConnectorCalendar({}, { timeZone: 'Mars/Olympus' }))).toEqual({
      code: 'INVALID_VENDOR_PAYLOAD',
      path: 'options.timeZone',
    })
  })
})

test('unknown fields are tolerated; own fields named like Object.prototype are plain data', () => {
  const payload = JSON.parse(
    '{"calendar": {"constructor": 1, "__proto__": {"slotDuration": 90}, "toString": "x", "somethingNew": [1]}}',
  )
  expect(fromLeadConnectorCalendar(payload, { timeZone: 'UTC' }).policy.durationMinutes).toBe(30)
})

test('an unknown calendar type is read as round robin; recurring needs a single member', () => {
  const read = fromLeadConnectorCalendar(
    { calendarType: 'webinar', teamMembers: [{ userId: 'a' }, { userId: 'b' }], enableRecurring: 'true' },
    { timeZone: 'UTC' },
  )
  expect(read.team).toEqual({ mode: 'anyOf' })
  expect(read.recurring).toEqual({
    freq: 'WEEKLY',
    count: 1,
    bookingOption: 'skip',
    bookingOverlapDefaultStatus: 'confirmed',
  })
  expect(read.warnings.map((w) => [w.code, w.path])).toEqual([
    ['UNKNOWN_CALENDAR_TYPE', 'calendarType'],
    ['RECURRING_NEEDS_SINGLE_MEMBER', 'enableRecurring'],
  ])
})
