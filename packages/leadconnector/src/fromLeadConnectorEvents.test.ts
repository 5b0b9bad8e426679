import { availability, type BusyEvent } from '@slotwise/core'
import { thrownBy } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import blockedSlots from './__fixtures__/blocked-slots.json' with { type: 'json' }
import events from './__fixtures__/events.json' with { type: 'json' }
import eventsRecurring from './__fixtures__/events-recurring.json' with { type: 'json' }
import seedBlockedSlots from './__fixtures__/seed-blocked-slots.json' with { type: 'json' }
import {
  fromLeadConnectorBlockedSlots,
  fromLeadConnectorEvents,
  safeFromLeadConnectorBlockedSlots,
  safeFromLeadConnectorEvents,
  selectBusyForUser,
} from './index.js'

/** Busy instants of `busy` over `[start, end)`, as ISO UTC pairs, through the core (recurrences expanded). */
function busyOf(busy: readonly BusyEvent[], start: number, end: number): string[][] {
  const result = availability({
    window: { start, end },
    now: 0,
    people: [{ id: 'p', schedule: { timeZone: 'UTC', weekly: {} }, busy }],
    policy: { durationMinutes: 30 },
  })
  const seen = new Map<string, string[]>()
  for (const day of result.people[0]!.days) {
    for (const interval of day.busy) {
      const pair = [
        new Date(interval.start).toISOString(),
        new Date(interval.end).toISOString(),
        interval.eventId,
      ]
      seen.set(pair.join(), pair)
    }
  }
  return [...seen.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
}

test('the documented event (vendors.md H4) is an instance: it replaces its occurrence and is not re-expanded', () => {
  const read = fromLeadConnectorEvents(events, {
    timeZone: 'America/New_York',
    calendarId: 'CaL0000000000000001',
    bufferAfterMinutes: 5,
  })
  expect(read).toMatchSnapshot()
  expect(read.events).toEqual([
    {
      id: 'EvT0000000000000001_1741615200000_1800',
      start: Date.UTC(2025, 2, 10, 14),
      end: Date.UTC(2025, 2, 10, 14, 30),
      userIds: ['UsR0000000000000001', 'UsR0000000000000002'],
      calendarId: 'CaL0000000000000001',
      status: 'confirmed',
      kind: 'appointment',
      eventType: 'CaL0000000000000001',
      bufferAfterMinutes: 5,
      replaces: { eventId: 'EvT0000000000000001', start: 1741615200000 },
    },
  ])
})

test('the seed blocked-slots example parses: an instance of an unknown master, zero length, string isRecurring', () => {
  const read = fromLeadConnectorBlockedSlots(seedBlockedSlots)
  expect(read).toMatchSnapshot()
  expect(read.events[0]).toMatchObject({
    id: 'string',
    start: Date.UTC(2023, 8, 25, 10, 30),
    end: Date.UTC(2023, 8, 25, 10, 30),
    kind: 'block',
    userIds: ['YlWd2wuCAZQzh2cH1fVZ', '9NkT25Vor1v4aQatFsv2'],
  })
  expect(read.events[0]!.recurrence).toBeUndefined()
  expect(read.warnings).toEqual([])
})

describe('recurring series (America/New_York)', () => {
  const read = fromLeadConnectorEvents(eventsRecurring, { timeZone: 'America/New_York' })

  test('maps each event', () => {
    expect(read).toMatchSnapshot()
  })

  test('a series repeats its wall time across DST, EXDATE drops one, a moved instance replaces its occurrence', () => {
    const weekly = read.events.filter((event) => event.id.startsWith('EvTWeekly'))
    expect(busyOf(weekly, Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 30))).toEqual([
      ['2025-03-03T15:00:00.000Z', '2025-03-03T16:00:00.000Z', 'EvTWeekly'],
      ['2025-03-10T14:00:00.000Z', '2025-03-10T15:00:00.000Z', 'EvTWeekly'],
      // 2025-03-17 is EXDATE; 2025-03-24 10:00 moved to 15:00 by its instance; COUNT=4 ends the series.
      ['2025-03-24T19:00:00.000Z', '2025-03-24T20:00:00.000Z', 'EvTWeekly_1742824800000_3600'],
    ])
  })

  test('a cancelled instance takes no time and removes its occurrence from the series', () => {
    const daily = read.events.filter((event) => event.id.startsWith('EvTDaily'))
    expect(daily.map((event) => event.id)).toEqual(['EvTDaily'])
    expect(busyOf(daily, Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 20))).toEqual([
      // 23:30 EST, then (the 9th is cancelled) 23:30 EDT: the rule repeats in wall time.
      ['2025-03-09T04:30:00.000Z', '2025-03-09T05:30:00.000Z', 'EvTDaily'],
      ['2025-03-11T03:30:00.000Z', '2025-03-11T04:30:00.000Z', 'EvTDaily'],
    ])
  })

  test('warnings: an unreadable rule keeps its first instance, unknown statuses block, a repeated id is kept once', () => {
    expect(read.warnings.map((w) => [w.code, w.path])).toEqual([
      ['DUPLICATE_EVENT', 'events[6].id'],
      ['UNREADABLE_RRULE', 'events[4].rrule'],
      ['UNKNOWN_STATUS', 'events[5].appointmentStatus'],
    ])
    expect(read.events.find((event) => event.id === 'EvTBroken')?.recurrence).toBeUndefined()
    expect(read.events.find((event) => event.id === 'EvTOdd')?.status).toBe('rescheduled')
  })

  test("without the location zone a series repeats at its start's fixed offset, with a warning", () => {
    const fixed = fromLeadConnectorEvents(eventsRecurring)
    const weekly = fixed.events.find((event) => event.id === 'EvTWeekly')
    expect(weekly?.recurrence?.timeZone).toBe('-05:00')
    expect(fixed.warnings.filter((w) => w.code === 'RECURRENCE_FIXED_OFFSET').map((w) => w.path)).toEqual([
      'events[0].rrule',
      'events[2].rrule',
      'events[4].rrule',
    ])
  })

  test("recurrence: 'instances' reads a master as its first instance only", () => {
    const only = fromLeadConnectorEvents(eventsRecurring, {
      timeZone: 'America/New_York',
      recurrence: 'instances',
    })
    expect(only.events.every((event) => event.recurrence === undefined)).toBe(true)
  })
})

describe('blocked slots', () => {
  const read = fromLeadConnectorBlockedSlots(blockedSlots, { calendarId: 'CaLClass', bufferAfterMinutes: 15 })

  test('always block, never fill a seat, carry no buffers', () => {
    expect(
      read.events.map((event) => [event.id, event.kind, event.eventType, event.bufferAfterMinutes]),
    ).toEqual([
      ['BlKLunch', 'block', undefined, undefined],
      ['BlKDentist', 'block', undefined, undefined],
      ['BlKOther', 'block', undefined, undefined],
    ])
  })

  test("selectBusyForUser: the user's own blocks and the calendar-wide ones", () => {
    expect(selectBusyForUser(read.events, 'UsRCoach', 'CaLClass').map((event) => event.id)).toEqual([
      'BlKLunch',
      'BlKDentist',
    ])
    expect(selectBusyForUser(read.events, 'UsRSomeoneElse', 'CaLClass').map((event) => event.id)).toEqual([
      'BlKLunch',
    ])
    expect(selectBusyForUser(read.events, 'UsRCoach').map((event) => event.id)).toEqual(['BlKDentist'])
  })
})

test('a bare array is accepted; times may be epoch milliseconds; offsetless times need the zone', () => {
  const read = fromLeadConnectorEvents(
    [
      { id: 'a', startTime: 0, endTime: 60_000 },
      { id: 'b', startTime: '2025-03-10T09:00', endTime: '2025-03-10T10:00' },
    ],
    {
      timeZone: 'Europe/Paris',
    },
  )
  expect(read.events.map((event) => [event.start, event.end])).toEqual([
    [0, 60_000],
    [Date.UTC(2025, 2, 10, 8), Date.UTC(2025, 2, 10, 9)],
  ])
  expect(read.warnings.map((w) => [w.code, w.path])).toEqual([['OFFSETLESS_TIME', '[1].startTime']])
  expect(
    thrownBy(() =>
      fromLeadConnectorEvents([{ id: 'b', startTime: '2025-03-10T09:00', endTime: '2025-03-10T10:00' }]),
    ),
  ).toEqual({
    code: 'INVALID_VENDOR_PAYLOAD',
    path: '[0].startTime',
  })
})

describe('bad payloads fail with INVALID_VENDOR_PAYLOAD and the JSON path', () => {
  const cases: [string, unknown, string][] = [
    ['no events key', { items: [] }, 'events'],
    [
      'an event without id',
      { events: [{ startTime: '2025-03-10T09:00:00Z', endTime: '2025-03-10T10:00:00Z' }] },
      'events[0].id',
    ],
    [
      'an end before the start',
      { events: [{ id: 'x', startTime: '2025-03-10T09:00:00Z', endTime: '2025-03-10T08:00:00Z' }] },
      'events[0].endTime',
    ],
    [
      'a time that is not ISO',
      { events: [{ id: 'x', startTime: 'Monday 9am', endTime: '2025-03-10T08:00:00Z' }] },
      'events[0].startTime',
    ],
    [
      'an impossible date',
      { events: [{ id: 'x', startTime: '2025-02-30T09:00:00Z', endTime: '2025-03-10T08:00:00Z' }] },
      'events[0].startTime',
    ],
    [
      'users that are not strings',
      {
        events: [{ id: 'x', startTime: '2025-03-10T09:00:00Z', endTime: '2025-03-10T10:00:00Z', users: [1] }],
      },
      'events[0].users[0]',
    ],
  ]
  test.each(cases)('%s', (_, payload, path) => {
    expect(thrownBy(() => fromLeadConnectorEvents(payload))).toEqual({ code: 'INVALID_VENDOR_PAYLOAD', path })
    expect(safeFromLeadConnectorEvents(payload).success).toBe(false)
    expect(safeFromLeadConnectorBlockedSlots(payload).success).toBe(false)
  })
})
