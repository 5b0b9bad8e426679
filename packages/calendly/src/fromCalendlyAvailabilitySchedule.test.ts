import { availability } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import quirks from './__fixtures__/availability-schedule-quirks.json' with { type: 'json' }
import schedules from './__fixtures__/availability-schedules.json' with { type: 'json' }
import eventTypeSchedules from './__fixtures__/event-type-availability-schedules.json' with { type: 'json' }
import {
  fromCalendlyAvailabilitySchedule,
  fromCalendlyEventTypeAvailabilitySchedules,
  safeFromCalendlyAvailabilitySchedule,
  safeFromCalendlyEventTypeAvailabilitySchedules,
} from './index.js'

describe('fromCalendlyAvailabilitySchedule', () => {
  test('maps the documented schedule (vendors.md C1) and snapshots it', () => {
    const mapping = fromCalendlyAvailabilitySchedule(schedules)
    expect(mapping).toMatchSnapshot()
    expect(mapping.schedule.weekly?.monday).toEqual([
      { from: '08:30', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ])
    expect(mapping.schedule.overrides).toEqual([
      { date: '2025-03-14', hours: [{ from: '10:00', to: '13:00' }] },
    ])
    expect(mapping.user).toBe('https://api.calendly.com/users/USR-AAAA')
    expect(mapping.warnings).toEqual([])
  })

  test('reads every quirk of the quirks fixture, each with its warning', () => {
    const mapping = fromCalendlyAvailabilitySchedule(quirks)
    expect(mapping).toMatchSnapshot()
    const { schedule, warnings } = mapping
    expect(schedule.timeZone).toBe('America/New_York')
    expect(schedule.weekly).toEqual({
      monday: [
        { from: '09:00', to: '13:00' },
        { from: '15:00', to: '17:00' },
      ],
      tuesday: [{ from: '20:00', to: '24:00' }],
      wednesday: [{ from: '18:00', to: '24:00' }],
      thursday: [{ from: '22:00', to: '02:00' }],
      friday: [{ from: '09:00', to: '17:00' }],
      saturday: [],
      sunday: [{ from: '00:00', to: '24:00' }],
    })
    expect(schedule.overrides).toEqual([
      { date: '2025-03-09', hours: [] },
      { date: '2025-03-10', hours: [{ from: '12:00', to: '24:00' }] },
    ])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['TIME_ZONE_NORMALISED', 'resource.timezone'],
      ['DUPLICATE_RULE', 'resource.rules[2]'],
      ['END_OF_DAY_NORMALISED', 'resource.rules[3].intervals[0].to'],
      ['INTERVAL_CROSSES_MIDNIGHT', 'resource.rules[5].intervals[0]'],
      ['EMPTY_INTERVAL_DROPPED', 'resource.rules[6].intervals[0]'],
      ['UNKNOWN_RULE_TYPE', 'resource.rules[10].type'],
      ['INTERVALS_MERGED', 'resource.rules[1]'],
    ])
  })

  test('an empty-intervals date rule closes the date; the core says NotScheduled', () => {
    const { schedule } = fromCalendlyAvailabilitySchedule(quirks)
    const days = availability({
      window: { from: '2025-03-09', to: '2025-03-10', timeZone: 'America/New_York' },
      now: 0,
      people: [{ id: 'q', schedule }],
      policy: { durationMinutes: 60 },
    }).people[0]!.days
    // Sunday 2025-03-09 would be open round the clock (and is New York's 23-hour DST day).
    expect(days[0]).toMatchObject({ date: '2025-03-09', working: [], noSlotsReason: 'NotScheduled' })
    // Monday's override 12:00–00:00 (EDT, −04:00) replaces the weekly 09:00–13:00 and 15:00–17:00.
    expect(days[1]!.working).toEqual([{ start: Date.UTC(2025, 2, 10, 16), end: Date.UTC(2025, 2, 11, 4) }])
    expect(days[1]!.slots).toHaveLength(12)
  })

  test('the wday rule that also carries a date key (as in Calendly examples) is a wday rule', () => {
    const { schedule } = fromCalendlyAvailabilitySchedule(quirks)
    expect(schedule.overrides?.some((o) => o.date === '2022-12-31')).toBe(false)
  })

  test('picks the schedule from a collection: by uri, else the default one, else the first', () => {
    const two = {
      collection: [
        {
          uri: 'a',
          default: false,
          timezone: 'UTC',
          rules: [{ type: 'wday', wday: 'monday', intervals: [] }],
        },
        { uri: 'b', default: true, timezone: 'Asia/Tokyo', rules: [] },
      ],
    }
    expect(fromCalendlyAvailabilitySchedule(two).schedule.timeZone).toBe('Asia/Tokyo')
    expect(fromCalendlyAvailabilitySchedule(two).warnings.map((w) => w.code)).toEqual(['SCHEDULES_IGNORED'])
    expect(fromCalendlyAvailabilitySchedule(two, { uri: 'a' }).schedule.timeZone).toBe('UTC')
    expect(safeFromCalendlyAvailabilitySchedule(two, { uri: 'zzz' })).toMatchObject({
      success: false,
      issues: [{ code: 'INVALID_VENDOR_PAYLOAD', path: 'collection' }],
    })
    expect(fromCalendlyAvailabilitySchedule({ timezone: 'UTC', rules: [] }).schedule.weekly?.monday).toEqual(
      [],
    )
  })

  test('bad payloads fail with INVALID_VENDOR_PAYLOAD and the JSON path', () => {
    const cases: Array<[unknown, string]> = [
      [null, ''],
      [{ resource: [] }, 'resource'],
      [{ resource: { rules: [] } }, 'resource.timezone'],
      [{ resource: { timezone: 'Mars/Olympus', rules: [] } }, 'resource.timezone'],
      [{ resource: { timezone: 'UTC' } }, 'resource.rules'],
      [
        { resource: { timezone: 'UTC', rules: [{ type: 'wday', wday: 'funday', intervals: [] }] } },
        'resource.rules[0].wday',
      ],
      [
        { resource: { timezone: 'UTC', rules: [{ type: 'date', date: '2025-02-30', intervals: [] }] } },
        'resource.rules[0].date',
      ],
      [
        { resource: { timezone: 'UTC', rules: [{ type: 'date', date: '2025-02-03' }] } },
        'resource.rules[0].intervals',
      ],
      [
        {
          resource: {
            timezone: 'UTC',
            rules: [{ type: 'wday', wday: 'monday', intervals: [{ from: '25:00', to: '26:00' }] }],
          },
        },
        'resource.rules[0].intervals[0].from',
      ],
      [
        {
          resource: {
            timezone: 'UTC',
            rules: [{ type: 'wday', wday: 'monday', intervals: [{ from: '24:00', to: '01:00' }] }],
          },
        },
        'resource.rules[0].intervals[0].from',
      ],
      [{ resource: { timezone: 'UTC', rules: [{ type: 7, intervals: [] }] } }, 'resource.rules[0].type'],
      [{ collection: [] }, 'collection'],
    ]
    for (const [payload, path] of cases) {
      expect(safeFromCalendlyAvailabilitySchedule(payload), JSON.stringify(payload)).toMatchObject({
        success: false,
        issues: [{ code: 'INVALID_VENDOR_PAYLOAD', path }],
      })
    }
  })

  test('a __proto__ key in the payload is data, not a prototype', () => {
    const payload = JSON.parse(
      '{"__proto__": {"timezone": "UTC"}, "resource": {"__proto__": {"rules": []}, "timezone": "UTC", "rules": []}}',
    )
    expect(fromCalendlyAvailabilitySchedule(payload).schedule.timeZone).toBe('UTC')
    expect(({} as { timezone?: unknown }).timezone).toBeUndefined()
  })
})

describe('fromCalendlyEventTypeAvailabilitySchedules', () => {
  test('reads one schedule per host (vendors.md C7 shape) and snapshots it', () => {
    const mapping = fromCalendlyEventTypeAvailabilitySchedules(eventTypeSchedules)
    expect(mapping).toMatchSnapshot()
    expect(mapping.schedules.map((s) => [s.user, s.schedule.timeZone])).toEqual([
      ['https://api.calendly.com/users/USR-NYC1', 'America/New_York'],
      ['https://api.calendly.com/users/USR-BER1', 'Europe/Berlin'],
    ])
    expect(mapping.schedules[1]!.schedule.overrides).toEqual([{ date: '2026-03-12', hours: [] }])
  })

  test('a shared schedule has user null; bare items without availability_rule are read too', () => {
    const { schedules } = fromCalendlyEventTypeAvailabilitySchedules({
      collection: [
        { availability_rule: { timezone: 'UTC', rules: [] } },
        { timezone: 'Asia/Kolkata', rules: [] },
      ],
    })
    expect(schedules.map((s) => [s.user, s.schedule.timeZone])).toEqual([
      [null, 'UTC'],
      [null, 'Asia/Kolkata'],
    ])
  })

  test('bad payloads name the path', () => {
    expect(
      safeFromCalendlyEventTypeAvailabilitySchedules({
        collection: [{ availability_rule: { timezone: 'UTC', rules: 3 } }],
      }),
    ).toMatchObject({ success: false, issues: [{ path: 'collection[0].availability_rule.rules' }] })
  })

  test('the mapped week is what the rules say, in each host zone', () => {
    const { schedules } = fromCalendlyEventTypeAvailabilitySchedules(eventTypeSchedules)
    const day = availability({
      window: { from: '2026-03-09', to: '2026-03-09', timeZone: 'UTC' },
      now: 0,
      people: schedules.map((s, i) => ({ id: String(i), schedule: s.schedule })),
      policy: { durationMinutes: 60 },
    })
    // 2026-03-09: New York is on EDT (−4) since 03-08, Berlin still on CET (+1).
    const monday = (i: number) => day.people[i]!.days.find((d) => d.date === '2026-03-09')!.working
    expect(monday(0)).toEqual([{ start: Date.UTC(2026, 2, 9, 13), end: Date.UTC(2026, 2, 9, 21) }])
    expect(monday(1)).toEqual([{ start: Date.UTC(2026, 2, 9, 8), end: Date.UTC(2026, 2, 9, 16) }])
  })
})
