import { isSlotwiseError } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import blockedSlots from './__fixtures__/blocked-slots.json' with { type: 'json' }
import calendarCapacity from './__fixtures__/calendar-capacity.json' with { type: 'json' }
import calendarDst from './__fixtures__/calendar-dst.json' with { type: 'json' }
import eventsCapacity from './__fixtures__/events-capacity.json' with { type: 'json' }
import weekBlockedSlots from './__fixtures__/week-blocked-slots.json' with { type: 'json' }
import weekCalendar from './__fixtures__/week-calendar.json' with { type: 'json' }
import weekEvents from './__fixtures__/week-events.json' with { type: 'json' }
import weekExpected from './__fixtures__/week-expected-round-robin.json' with { type: 'json' }
import weekSchedules from './__fixtures__/week-schedules.json' with { type: 'json' }
import { type ComputeLeadConnectorFreeSlotsInput, computeLeadConnectorFreeSlots } from './index.js'

// The week of 2025-03-10 in New York (EDT, −04:00; London is still on GMT, Kolkata is +05:30).
// Ana works 09–12 New York, Ben 14–17 London (10–13 New York), Chandra 20:30–23:30 Kolkata
// (11–14 New York); one-hour slots every hour, 15 minutes after each booking, two bookings a
// day at most. Every expected slot below is worked out by hand in the comments.
const week: ComputeLeadConnectorFreeSlotsInput = {
  calendar: weekCalendar,
  schedules: weekSchedules,
  events: weekEvents,
  blockedSlots: weekBlockedSlots,
  query: {
    startDate: Date.UTC(2025, 2, 10, 4),
    endDate: Date.UTC(2025, 2, 15, 4) - 1,
    timezone: 'America/New_York',
  },
  now: Date.UTC(2025, 2, 9, 12),
  timeZone: 'America/New_York',
  traceId: 'week-trace-0001',
}

describe('a realistic week for a team in three zones', () => {
  test('round robin: the union of who is free, byte for byte', () => {
    // Mon: Ana's 10:00 demo (+15 after) takes 09, 10, 11 from her; Chandra's daily sync 12–13 takes his 11 (buffer) and 12 → 10, 11, 12 (Ben), 13 (Chandra).
    // Tue: Ben's dentist 10–11 → Ana 09–11, Ben 11–12, Chandra 13 → 09 … 13.
    // Wed: the calendar-wide block 11–12 takes Ana's 10, 11 and Ben's 10, 11; the sync is EXDATE'd → 09, 12, 13.
    // Thu: the sync moved to 13–14 (its instance replaces the 12:00 occurrence); the cancelled demo takes nothing → 09 … 12.
    // Fri: Ben has two bookings of this calendar (the daily limit of 2); the sync again 12–13 → 09, 10, 11, 13.
    const { response, warnings } = computeLeadConnectorFreeSlots(week)
    expect(JSON.stringify(response)).toBe(JSON.stringify(weekExpected))
    expect(warnings).toEqual([])
  })

  test('collective: only when all three are free (Thursday 11:00)', () => {
    const collective = { calendar: { ...weekCalendar.calendar, calendarType: 'collective' } }
    const { response } = computeLeadConnectorFreeSlots({
      ...week,
      calendar: collective,
      traceId: undefined as never,
    })
    expect(response).toEqual({ '2025-03-13': { slots: ['2025-03-13T11:00:00-04:00'] } })
  })

  test('one member (userId), in his own zone', () => {
    const { response } = computeLeadConnectorFreeSlots({
      ...week,
      query: { ...(week.query as object), userId: 'UsRBen', timezone: 'Europe/London' },
      traceId: 'b',
    })
    expect(response).toEqual({
      '2025-03-10': {
        slots: ['2025-03-10T14:00:00+00:00', '2025-03-10T15:00:00+00:00', '2025-03-10T16:00:00+00:00'],
      },
      '2025-03-11': { slots: ['2025-03-11T15:00:00+00:00', '2025-03-11T16:00:00+00:00'] },
      '2025-03-12': { slots: ['2025-03-12T16:00:00+00:00'] },
      '2025-03-13': {
        slots: ['2025-03-13T14:00:00+00:00', '2025-03-13T15:00:00+00:00', '2025-03-13T16:00:00+00:00'],
      },
      traceId: 'b',
    })
  })

  test('look busy only when asked (like the old enableLookBusy flag): 30% of each date hidden', () => {
    const shown = computeLeadConnectorFreeSlots({ ...week, enableLookBusy: true }).response
    const counts = Object.entries(shown).flatMap(([key, day]) =>
      typeof day === 'string' ? [] : [[key, day.slots.length]],
    )
    // round half up of 30% of 4, 5, 3, 4, 4 is 1, 2, 1, 1, 1.
    expect(counts).toEqual([
      ['2025-03-10', 3],
      ['2025-03-11', 3],
      ['2025-03-12', 2],
      ['2025-03-13', 3],
      ['2025-03-14', 3],
    ])
    const hidden = computeLeadConnectorFreeSlots({
      ...week,
      query: { ...(week.query as object), enableLookBusy: 'true' },
    }).response
    expect(hidden).toEqual(shown)
  })

  test('a member not on the calendar is refused with the path of the query', () => {
    let caught: unknown
    try {
      computeLeadConnectorFreeSlots({ ...week, query: { ...(week.query as object), userId: 'UsRZed' } })
    } catch (error) {
      caught = error
    }
    expect(isSlotwiseError(caught) && [caught.code, caught.path]).toEqual([
      'INVALID_VENDOR_PAYLOAD',
      'query.userIds[0]',
    ])
  })

  test('errors and warnings carry the input key in their paths', () => {
    let caught: unknown
    try {
      computeLeadConnectorFreeSlots({ ...week, events: { events: [{ id: 'x', startTime: 'soon' }] } })
    } catch (error) {
      caught = error
    }
    expect(isSlotwiseError(caught) && [caught.code, caught.path]).toEqual([
      'INVALID_VENDOR_PAYLOAD',
      'events.events[0].startTime',
    ])
    const tooLong = { ...(week.query as object), endDate: Date.UTC(2025, 3, 20) }
    try {
      computeLeadConnectorFreeSlots({ ...week, query: tooLong })
    } catch (error) {
      caught = error
    }
    expect(isSlotwiseError(caught) && [caught.code, caught.path]).toEqual(['VENDOR_LIMIT', 'query.endDate'])
  })
})

test('a schedule attached to the calendar wins; else the calendar hours; else the user’s only schedule', () => {
  const calendar = {
    calendar: { id: 'c', teamMembers: [{ userId: 'u' }], slotDuration: 60, slotInterval: 60 },
  }
  const schedules = [
    {
      schedule: {
        userId: 'u',
        timezone: 'UTC',
        rules: [{ type: 'wday', day: 'monday', intervals: [{ from: '08:00', to: '09:00' }] }],
      },
    },
  ]
  const query = { startDate: Date.UTC(2025, 2, 10), endDate: Date.UTC(2025, 2, 11) - 1, timezone: 'UTC' }
  const base = { query, now: Date.UTC(2025, 2, 1), timeZone: 'UTC' }
  // No calendar hours: the user's only schedule.
  expect(computeLeadConnectorFreeSlots({ ...base, calendar, schedules }).response).toEqual({
    '2025-03-10': { slots: ['2025-03-10T08:00:00+00:00'] },
  })
  // Calendar hours and an unattached schedule: the calendar's hours.
  const withHours = {
    calendar: {
      ...calendar.calendar,
      openHours: [
        { daysOfTheWeek: [1], hours: [{ openHour: 15, openMinute: 0, closeHour: 16, closeMinute: 0 }] },
      ],
    },
  }
  expect(computeLeadConnectorFreeSlots({ ...base, calendar: withHours, schedules }).response).toEqual({
    '2025-03-10': { slots: ['2025-03-10T15:00:00+00:00'] },
  })
  // Attached: the schedule again.
  const attached = [{ schedule: { ...schedules[0]!.schedule, calendarIds: ['c'] } }]
  expect(
    computeLeadConnectorFreeSlots({ ...base, calendar: withHours, schedules: attached }).response,
  ).toEqual({
    '2025-03-10': { slots: ['2025-03-10T08:00:00+00:00'] },
  })
})

test('DST days end to end: the free-slots answer of the spring-forward Sunday', () => {
  const { response } = computeLeadConnectorFreeSlots({
    calendar: calendarDst,
    query: {
      startDate: Date.UTC(2025, 2, 9, 5),
      endDate: Date.UTC(2025, 2, 10, 4) - 1,
      timezone: 'America/New_York',
    },
    now: Date.UTC(2025, 2, 1),
    timeZone: 'America/New_York',
  })
  expect(JSON.stringify(response)).toBe(
    JSON.stringify({
      '2025-03-09': {
        slots: [
          '2025-03-09T00:30:00-05:00',
          '2025-03-09T01:00:00-05:00',
          '2025-03-09T01:30:00-05:00',
          '2025-03-09T03:00:00-04:00',
          '2025-03-09T03:30:00-04:00',
        ],
      },
    }),
  )
})

test('capacity, buffers and blocks end to end (class of two seats, UTC)', () => {
  const { response, warnings } = computeLeadConnectorFreeSlots({
    calendar: calendarCapacity,
    events: eventsCapacity,
    blockedSlots,
    query: { startDate: Date.UTC(2025, 2, 10), endDate: Date.UTC(2025, 2, 12) - 1, timezone: 'UTC' },
    now: Date.UTC(2025, 2, 8, 12),
    timeZone: 'UTC',
  })
  // Mon 09–17, one hour every 30 minutes, 15 minutes either side. Two seats: 10:00 and 10:30 overlap both
  // bookings (full), 09:30 and 11:00 overlap one. The lunch block 13–14 takes 12:00 … 14:00 through the
  // buffers, the dentist 16–17 takes 15:00 … 16:00. Tuesday holds three bookings: the daily limit.
  expect(response).toEqual({
    '2025-03-10': {
      slots: [
        '2025-03-10T09:00:00+00:00',
        '2025-03-10T09:30:00+00:00',
        '2025-03-10T11:00:00+00:00',
        '2025-03-10T11:30:00+00:00',
        '2025-03-10T14:30:00+00:00',
      ],
    },
  })
  expect(warnings.map((w) => [w.code, w.path])).toEqual([
    ['LOOK_BUSY_NOT_APPLICABLE', 'calendar.calendar.lookBusyConfig'],
    ['CAPACITY_IGNORES_BOOKING_BUFFERS', 'calendar.calendar.appoinmentPerSlot'],
    ['RECURRING_COUNT_OVER_LIMIT', 'calendar.calendar.recurring.count'],
  ])
})

test('benchmark S4 shape: a calendar with a team of five over 31 days, JSON in, free-slots JSON out', () => {
  const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo']
  const members = zones.map((_, i) => ({ userId: `UsR${i}`, priority: i === 0 ? 1 : 0.5 }))
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']
  const schedules = {
    schedules: zones.map((timezone, i) => ({
      userId: `UsR${i}`,
      calendarIds: ['CaLS4'],
      timezone,
      rules: weekdays.map((day) => ({
        type: 'wday',
        day,
        intervals: [
          { from: '09:00', to: '12:00' },
          { from: '13:00', to: '17:00' },
        ],
      })),
    })),
  }
  const events = {
    events: Array.from({ length: 5 * 31 }, (_, i) => {
      const start = Date.UTC(2025, 3, 1 + Math.floor(i / 5), 8 + (i % 10))
      return {
        id: `EvT${i}`,
        calendarId: 'CaLS4',
        assignedUserId: `UsR${i % 5}`,
        appointmentStatus: 'confirmed',
        startTime: new Date(start).toISOString(),
        endTime: new Date(start + 1_800_000).toISOString(),
      }
    }),
  }
  const input = {
    calendar: {
      calendar: {
        id: 'CaLS4',
        calendarType: 'round_robin',
        teamMembers: members,
        slotDuration: 30,
        slotInterval: 15,
        slotBuffer: 5,
        appoinmentPerDay: 8,
      },
    },
    schedules,
    events,
    query: {
      startDate: Date.UTC(2025, 3, 1),
      endDate: Date.UTC(2025, 4, 2) - 1,
      timezone: 'America/New_York',
    },
    now: Date.UTC(2025, 2, 31),
    timeZone: 'America/New_York',
  }
  const text = JSON.stringify(computeLeadConnectorFreeSlots(JSON.parse(JSON.stringify(input))).response)
  const parsed = JSON.parse(text) as Record<string, { slots: string[] }>
  const dates = Object.keys(parsed)
  expect(dates[0]).toBe('2025-03-31') // Sydney's Tuesday morning is Monday evening in New York.
  expect(dates.length).toBeGreaterThan(25)
  expect(
    Object.values(parsed).every((day) =>
      day.slots.every((slot) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00-0[45]:00$/.test(slot)),
    ),
  ).toBe(true)
})
