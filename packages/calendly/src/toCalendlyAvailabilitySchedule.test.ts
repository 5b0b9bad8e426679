import { type AvailabilityRequest, availability, type Schedule } from '@slotwise/core'
import { describe, expect, test } from 'vitest'
import schedules from './__fixtures__/availability-schedules.json' with { type: 'json' }
import { fromCalendlyAvailabilitySchedule, toCalendlyAvailabilitySchedule } from './index.js'

const wday = (name: string, intervals: Array<[string, string]>) => ({
  type: 'wday',
  wday: name,
  intervals: intervals.map(([from, to]) => ({ from, to })),
})
const date = (day: string, intervals: Array<[string, string]>) => ({
  type: 'date',
  date: day,
  intervals: intervals.map(([from, to]) => ({ from, to })),
})
const week = (rules: Record<string, Array<[string, string]>>) =>
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((name) =>
    wday(name, rules[name] ?? []),
  )

/** Every slot start of a schedule over a window, as ISO strings. */
function starts(schedule: Schedule, from: string, to: string, minutes = 30): string[] {
  const request: AvailabilityRequest = {
    window: { from, to, timeZone: schedule.timeZone },
    now: 0,
    people: [{ id: 'p', schedule }],
    policy: { durationMinutes: minutes },
  }
  return availability(request).people[0]!.days.flatMap((d) =>
    d.slots.map((s) => new Date(s.start).toISOString()),
  )
}

describe('toCalendlyAvailabilitySchedule', () => {
  test('an update keeps every field it does not own, in order, and replaces timezone and rules', () => {
    const existing = { ...schedules.collection[0]!, extra: { nested: [1, 2] } }
    const { schedule } = fromCalendlyAvailabilitySchedule(schedules)
    const { payload, warnings } = toCalendlyAvailabilitySchedule(
      { ...schedule, timeZone: 'Europe/Paris' },
      { existing },
    )
    expect(Object.keys(payload)).toEqual(['uri', 'default', 'name', 'user', 'timezone', 'rules', 'extra'])
    expect(payload).toMatchObject({
      uri: existing.uri,
      default: true,
      name: 'Working hours',
      user: existing.user,
      timezone: 'Europe/Paris',
      extra: { nested: [1, 2] },
    })
    expect(payload.rules).toEqual([
      ...week({
        monday: [
          ['08:30', '12:00'],
          ['13:00', '17:00'],
        ],
      }),
      date('2025-03-14', [['10:00', '13:00']]),
    ])
    expect(warnings).toEqual([])
  })

  test('without existing, the payload is { timezone, rules }; a __proto__ key of existing stays data', () => {
    expect(Object.keys(toCalendlyAvailabilitySchedule({ timeZone: 'UTC', weekly: {} }).payload)).toEqual([
      'timezone',
      'rules',
    ])
    const existing = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}')
    const { payload } = toCalendlyAvailabilitySchedule({ timeZone: 'UTC', weekly: {} }, { existing })
    expect(Object.hasOwn(payload, '__proto__')).toBe(true)
    expect((payload as { polluted?: unknown }).polluted).toBeUndefined()
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  })

  test('breaks are cut out of the intervals (warning only where they cut something)', () => {
    const { payload, warnings } = toCalendlyAvailabilitySchedule({
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00', to: '17:00' }], tuesday: [{ from: '09:00', to: '12:00' }] },
      breaks: {
        weekly: { monday: [{ from: '12:00', to: '13:00' }], tuesday: [{ from: '13:00', to: '14:00' }] },
        dates: [{ date: '2026-03-10', hours: [{ from: '10:00', to: '10:30' }] }],
      },
    })
    expect(payload.rules).toEqual([
      ...week({
        monday: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
        tuesday: [['09:00', '12:00']],
      }),
      date('2026-03-10', [
        ['09:00', '10:00'],
        ['10:30', '12:00'],
      ]),
    ])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['BREAKS_SPLIT', 'breaks.weekly.monday'],
      ['BREAKS_SPLIT', 'breaks.dates[0]'],
    ])
  })

  test('holidays and whole-day leave become date rules with no intervals; partial leave is cut from its dates', () => {
    const { payload, warnings } = toCalendlyAvailabilitySchedule({
      timeZone: 'Europe/London',
      weekly: { monday: [{ from: '09:00', to: '17:00' }], tuesday: [{ from: '09:00', to: '17:00' }] },
      holidays: [{ from: '2026-12-25', to: '2026-12-26' }],
      // 2026-12-28 is a Monday; London is on GMT, so 13:00Z is 13:00 local.
      leave: ['2026-12-29', { start: Date.UTC(2026, 11, 28, 13), end: Date.UTC(2026, 11, 28, 15, 30) }],
    })
    expect(payload.rules.slice(7)).toEqual([
      date('2026-12-25', []),
      date('2026-12-26', []),
      date('2026-12-28', [
        ['09:00', '13:00'],
        ['15:30', '17:00'],
      ]),
      date('2026-12-29', []),
    ])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['HOLIDAYS_AS_DATE_RULES', 'holidays[0]'],
      ['LEAVE_AS_DATE_RULES', 'leave[0]'],
      ['LEAVE_AS_DATE_RULES', 'leave[1]'],
    ])
  })

  test('night shifts are split at midnight, and a closed date keeps the previous night running into it', () => {
    const schedule: Schedule = {
      timeZone: 'America/Chicago',
      weekly: { thursday: [{ from: '22:00', to: '06:00' }], friday: [{ from: '22:00', to: '06:00' }] },
      holidays: ['2026-12-25'],
    }
    const { payload } = toCalendlyAvailabilitySchedule(schedule, { endOfDay: '00:00' })
    expect(payload.rules).toEqual([
      ...week({
        thursday: [['22:00', '00:00']],
        friday: [
          ['00:00', '06:00'],
          ['22:00', '00:00'],
        ],
        saturday: [['00:00', '06:00']],
      }),
      // Christmas (a Friday) is closed, but Thursday's shift still runs into it until 06:00…
      date('2026-12-25', [['00:00', '06:00']]),
      // …and Friday's own shift, closed with its date, no longer runs into Saturday.
      date('2026-12-26', []),
    ])
    const back = fromCalendlyAvailabilitySchedule(payload).schedule
    expect(starts(back, '2026-12-20', '2027-01-02', 60)).toEqual(
      starts(schedule, '2026-12-20', '2027-01-02', 60),
    )
  })

  test('DST days: the rules are wall clock, so the 23- and 25-hour days keep their hours', () => {
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: { sunday: [{ from: '00:00', to: '24:00' }] },
    }
    const { payload } = toCalendlyAvailabilitySchedule(schedule)
    expect(payload.rules[0]).toEqual(wday('sunday', [['00:00', '24:00']]))
    const back = fromCalendlyAvailabilitySchedule(payload).schedule
    // 2026-03-08 has 23 hours in New York, 2026-11-01 has 25.
    expect(starts(back, '2026-03-08', '2026-03-08')).toHaveLength(46)
    expect(starts(back, '2026-11-01', '2026-11-01')).toHaveLength(50)
    expect(starts(back, '2026-03-01', '2026-11-30')).toEqual(starts(schedule, '2026-03-01', '2026-11-30'))
  })

  test('seconds are rounded inward to whole minutes, with a warning', () => {
    const { payload, warnings } = toCalendlyAvailabilitySchedule({
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00:30', to: '16:59:59' }] },
    })
    expect(payload.rules[1]).toEqual(wday('monday', [['09:01', '16:59']]))
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['SECONDS_ROUNDED', 'weekly.monday']])
  })

  test('now drops date rules before today in the schedule zone; zone changes and no template warn', () => {
    const { payload, warnings } = toCalendlyAvailabilitySchedule(
      {
        timeZone: 'Asia/Tokyo',
        overrides: [
          { date: '2026-03-09', hours: [] },
          { date: '2026-03-10', hours: [{ from: '10:00', to: '11:00' }] },
        ],
        zoneChanges: [{ from: '2026-04-01', timeZone: 'Europe/Rome' }],
      },
      // 2026-03-09T20:00Z is already 2026-03-10 in Tokyo.
      { now: Date.UTC(2026, 2, 9, 20) },
    )
    expect(payload.rules).toEqual([...week({}), date('2026-03-10', [['10:00', '11:00']])])
    expect(warnings.map((w) => w.code)).toEqual([
      'ZONE_CHANGES_DROPPED',
      'NO_TEMPLATE',
      'PAST_DATE_RULES_DROPPED',
    ])
  })

  test('with now, a holiday yesterday still stops its night shift running into today', () => {
    const schedule: Schedule = {
      timeZone: 'UTC',
      weekly: { friday: [{ from: '22:00', to: '06:00' }] },
      holidays: ['2026-12-25'],
    }
    const { payload, warnings } = toCalendlyAvailabilitySchedule(schedule, { now: Date.UTC(2026, 11, 26, 3) })
    expect(payload.rules.slice(7)).toEqual([date('2026-12-26', [])])
    expect(warnings.map((w) => w.code)).toEqual(['PAST_DATE_RULES_DROPPED'])
  })

  test('an override equal to its weekday is still written (it is the user’s explicit rule)', () => {
    const { payload } = toCalendlyAvailabilitySchedule({
      timeZone: 'UTC',
      weekly: { monday: [{ from: '09:00', to: '17:00' }] },
      overrides: [{ date: '2026-03-09', hours: [{ from: '09:00', to: '17:00' }] }],
    })
    expect(payload.rules.slice(7)).toEqual([date('2026-03-09', [['09:00', '17:00']])])
  })

  test('invalid schedules fail as the core fails, at the field’s path; too many date rules fail', () => {
    expect(() =>
      toCalendlyAvailabilitySchedule({ timeZone: 'UTC', weekly: { monday: [{ from: '9', to: '10:00' }] } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_TIME', path: 'weekly.monday[0].from' }))
    expect(() =>
      toCalendlyAvailabilitySchedule({
        timeZone: 'UTC',
        weekly: {
          monday: [
            { from: '09:00', to: '12:00' },
            { from: '11:00', to: '13:00' },
          ],
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_SCHEDULE', path: 'weekly.monday[1]' }))
    expect(() => toCalendlyAvailabilitySchedule({ timeZone: 'Nowhere' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME_ZONE', path: 'timeZone' }),
    )
    expect(() =>
      toCalendlyAvailabilitySchedule({
        timeZone: 'UTC',
        holidays: [{ from: '2000-01-01', to: '2030-12-31' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'RANGE_TOO_LARGE' }))
    // With now, a long past range only counts from today.
    expect(
      toCalendlyAvailabilitySchedule(
        { timeZone: 'UTC', holidays: [{ from: '2000-01-01', to: '2026-03-12' }] },
        { now: Date.UTC(2026, 2, 10) },
      ).payload.rules.length,
    ).toBe(7 + 3)
    expect(() => toCalendlyAvailabilitySchedule({ timeZone: 'UTC' }, { endOfDay: '23:59' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: 'options.endOfDay' }),
    )
  })

  test('known limit: hours that end inside a DST gap meet a later break differently', () => {
    // Saturday 21:30 to Sunday 02:15, but New York skips 02:00–03:00 on 2024-03-10, and a
    // break 03:00–03:15 that day. The core moves 02:15 to 03:15 EDT first, so the break cuts
    // the shift at 03:00; wall-clock rules cut first (02:15 is before 03:00), then move.
    const schedule: Schedule = {
      timeZone: 'America/New_York',
      weekly: { saturday: [{ from: '21:30', to: '02:15' }] },
      breaks: { dates: [{ date: '2024-03-10', hours: [{ from: '03:00', to: '03:15' }] }] },
    }
    const back = fromCalendlyAvailabilitySchedule(toCalendlyAvailabilitySchedule(schedule).payload).schedule
    const lastEnd = (s: Schedule) =>
      availability({
        window: { from: '2024-03-09', to: '2024-03-10', timeZone: 'UTC' },
        now: 0,
        people: [{ id: 'p', schedule: s }],
        policy: { durationMinutes: 15 },
      })
        .people[0]!.days.flatMap((d) => d.slots)
        .at(-1)!.end
    expect(lastEnd(schedule)).toBe(Date.UTC(2024, 2, 10, 7))
    expect(lastEnd(back)).toBe(Date.UTC(2024, 2, 10, 7, 15))
  })

  test('a fixed-offset zone is written as given, with a warning', () => {
    const { payload, warnings } = toCalendlyAvailabilitySchedule({ timeZone: '+05:30', weekly: {} })
    expect(payload.timezone).toBe('+05:30')
    expect(warnings.map((w) => w.code)).toEqual(['FIXED_OFFSET_TIME_ZONE'])
  })
})
