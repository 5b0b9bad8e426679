// Counterexamples the all-exports fuzz suite found, shrunk, kept as examples.
import { FuzzLedger, fuzzCall } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import type { AvailabilityRequest, RRule } from '../index.js'
import {
  assign,
  availability,
  expand,
  formatPlainDate,
  formatRRule,
  parsePlainDate,
  parseRRule,
  planRecurringBooking,
} from '../index.js'

const refusal = (code: string, path: string) => expect.objectContaining({ name: 'SlotwiseError', code, path })

describe('formatRRule reads the rule it is given', () => {
  test('a list that is not an array is INVALID_RRULE at its part, not a TypeError', () => {
    // Shrunk from the fuzzer: `values.join is not a function`.
    const rule = {
      freq: 'WEEKLY',
      interval: 1,
      until: '19900101',
      bySecond: [0],
      bySetPos: Number.NaN,
      wkst: 'MO',
    }
    expect(() => formatRRule(rule as unknown as RRule)).toThrow(refusal('INVALID_RRULE', 'BYSETPOS'))
  })

  test('text inside a field cannot add a part to the rule', () => {
    const daily = { freq: 'DAILY', interval: 1, wkst: 'MO' }
    expect(() => formatRRule({ ...daily, byHour: ['9;COUNT=2'] } as unknown as RRule)).toThrow(
      refusal('INVALID_RRULE', 'BYHOUR'),
    )
    expect(() => formatRRule({ ...daily, freq: 'DAILY;COUNT=2' } as unknown as RRule)).toThrow(
      refusal('INVALID_RRULE', 'FREQ'),
    )
    expect(() => formatRRule({ ...daily, until: '20240101;COUNT=2' } as unknown as RRule)).toThrow(
      refusal('INVALID_RRULE', 'UNTIL'),
    )
    expect(() => formatRRule(null as unknown as RRule)).toThrow(refusal('INVALID_RRULE', ''))
  })

  test('a rule the parser refuses is refused, and defaults fill absent interval and wkst', () => {
    const both = { freq: 'DAILY', interval: 1, count: 2, until: '20240101', wkst: 'MO' } as RRule
    expect(() => formatRRule(both)).toThrow(refusal('INVALID_RRULE', 'UNTIL'))
    expect(formatRRule({ freq: 'WEEKLY', byDay: [{ weekday: 'MO' }] } as unknown as RRule)).toBe(
      'FREQ=WEEKLY;BYDAY=MO',
    )
    const parsed = parseRRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;BYSETPOS=1;WKST=SU')
    expect(parseRRule(formatRRule(parsed))).toEqual(parsed)
  })
})

describe('formatRRule writes each list as a set', () => {
  test('-0 beside 0, and a repeated value, are written once, so the text formats back to itself', () => {
    // Found at FC_NUM_RUNS=100000: BYHOUR [-0, 0, 3] was written `0,0,3`.
    const rule = {
      freq: 'DAILY',
      interval: 694,
      bySecond: [45, 18],
      byHour: [-0, 0, 3],
      byMonth: [2],
      wkst: 'SU',
    }
    const text = formatRRule(rule as RRule)
    expect(text).toBe('FREQ=DAILY;INTERVAL=694;BYSECOND=45,18;BYHOUR=0,3;BYMONTH=2;WKST=SU')
    expect(formatRRule(parseRRule(text))).toBe(text)
    const days = {
      freq: 'WEEKLY',
      byDay: [{ weekday: 'MO' }, { weekday: 'MO' }, { weekday: 'FR', ordinal: undefined }],
    }
    expect(formatRRule(days as unknown as RRule)).toBe('FREQ=WEEKLY;BYDAY=MO,FR')
  })
})

describe('schedules with long lists', () => {
  const ledger = new FuzzLedger()
  const weekdays = { monday: [{ from: '09:00', to: '17:00' }], friday: [{ from: '09:00', to: '17:00' }] }
  const firstDay = parsePlainDate('1000-01-01')
  const many = Array.from({ length: 200_000 }, (_, i) => formatPlainDate(firstDay + 2 * i))
  const tenYears = (schedule: object): AvailabilityRequest =>
    ({
      window: { from: '2024-01-01', to: '2033-12-28', timeZone: 'UTC' },
      now: Date.UTC(2023, 0, 1),
      people: [{ id: 'ana', schedule: { timeZone: 'UTC', weekly: weekdays, ...schedule } }],
      policy: { durationMinutes: 480 },
      caps: { maxWindowDays: 3660 },
    }) as AvailabilityRequest

  test('200 000 holidays over ten years: each date is looked up, not scanned', () => {
    // Every other date from 1000-01-01 on, to year 2095.
    let result: ReturnType<typeof availability> | undefined
    fuzzCall(
      ledger.entry('availability, 200 000 holidays × 3650 dates', 30_000),
      [tenYears({ holidays: many })],
      (request: AvailabilityRequest) => {
        result = availability(request)
        return result
      },
      { codes: new Set() },
    )
    const days = result?.people[0]?.days ?? []
    expect(days).toHaveLength(3650)
    const holiday = (date: string) => (parsePlainDate(date) - firstDay) % 2 === 0
    const workdays = days.filter((day) => [1, 5].includes(new Date(`${day.date}T00:00Z`).getUTCDay()))
    expect(workdays.length).toBeGreaterThan(1000)
    for (const day of workdays) {
      expect([day.date, day.noSlotsReason, day.slots.length]).toEqual(
        holiday(day.date) ? [day.date, 'Holiday', 0] : [day.date, null, 1],
      )
    }
  })

  test('200 000 zone changes over ten years: the change in force is found by halving, the last of a date wins', () => {
    const zoneChanges = many.map((from, i) => ({
      from,
      timeZone: i % 2 === 0 ? 'Asia/Tokyo' : 'America/New_York',
    }))
    const inForce = (date: string) => {
      const index = Math.floor((parsePlainDate(date) - firstDay) / 2)
      return index % 2 === 0 ? 'Asia/Tokyo' : 'America/New_York'
    }
    let result: ReturnType<typeof availability> | undefined
    fuzzCall(
      ledger.entry('availability, 200 000 zone changes × 3650 dates', 30_000),
      [tenYears({ zoneChanges })],
      (request: AvailabilityRequest) => {
        result = availability(request)
        return result
      },
      { codes: new Set() },
    )
    for (const day of (result?.people[0]?.days ?? []).slice(0, 60))
      expect([day.date, day.timeZone]).toEqual([day.date, inForce(day.date)])
    // Two changes on one date: the later in the list wins, as before.
    const twice = availability(
      tenYears({
        zoneChanges: [
          { from: '2024-01-01', timeZone: 'Asia/Tokyo' },
          { from: '2024-01-01', timeZone: 'Europe/London' },
        ],
      }),
    )
    expect(twice.people[0]?.days[0]?.timeZone).toBe('Europe/London')
    expect(twice.people[0]?.days[3000]?.timeZone).toBe('Europe/London')
  })

  test('holiday ranges: the first and last date of a range are closed, the dates around it open', () => {
    const result = availability({
      ...tenYears({ holidays: ['2024-01-01', { from: '2024-01-05', to: '2024-01-08' }, '2024-01-15'] }),
      window: { from: '2024-01-01', to: '2024-01-22', timeZone: 'UTC' },
    })
    const reasons = Object.fromEntries(
      (result.people[0]?.days ?? []).map((day) => [day.date, day.noSlotsReason]),
    )
    expect(reasons).toMatchObject({
      '2024-01-01': 'Holiday',
      '2024-01-05': 'Holiday',
      '2024-01-08': 'Holiday',
      '2024-01-12': null,
      '2024-01-15': 'Holiday',
      '2024-01-19': null,
      '2024-01-22': null,
    })
  })
})

describe('planRecurringBooking refuses a series too long before placing it', () => {
  test('10 000 yearly occurrences are RANGE_TOO_LARGE at once', () => {
    // Shrunk from the fuzzer: MONTHLY, INTERVAL 12, count 10 000 placed every occurrence (seconds
    // of work) before its span was refused.
    const request = {
      window: { from: '2024-11-01', to: '2024-11-07', timeZone: 'UTC' },
      now: Date.UTC(2024, 9, 1),
      people: [
        { id: 'ana', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } } },
      ],
      policy: { durationMinutes: 30 },
    } as AvailabilityRequest
    const series = {
      start: Date.UTC(2024, 10, 4, 9),
      freq: 'MONTHLY',
      interval: 12,
      count: 10_000,
      maxCount: 10_000,
      bookingOption: 'skip',
    } as const
    const ledger = new FuzzLedger()
    // The hang guard of the fuzz suite: refused within its bound, never placed.
    fuzzCall(
      ledger.entry('planRecurringBooking, 10 000 yearly', 1000),
      [request, series],
      planRecurringBooking,
      {
        codes: new Set(['RANGE_TOO_LARGE']),
      },
    )
    expect(
      ledger.records.get('planRecurringBooking, 10 000 yearly')?.outcomes.get('threw RANGE_TOO_LARGE'),
    ).toBe(1)
    expect(() => planRecurringBooking(request, series)).toThrow(refusal('RANGE_TOO_LARGE', 'series'))
    // 3662 daily occurrences span 3661 days: over; a short series is still placed.
    expect(() =>
      planRecurringBooking(request, { ...series, freq: 'DAILY', interval: 1, count: 3662 }),
    ).toThrow(refusal('RANGE_TOO_LARGE', 'series'))
    expect(planRecurringBooking(request, { ...series, freq: 'WEEKLY', interval: 1, count: 3 })).toHaveLength(
      3,
    )
  })
})

describe('sparse arrays are read item by item', () => {
  test('a hole in rdates or exdates is INVALID_RRULE at its index, not a TypeError', () => {
    // `new Array(n)` has n holes, as `[, ]` does.
    // Shrunk from the fuzzer: `rdates: [, ]` reached the exceptions as undefined.
    const daily = { dtstart: '2024-01-01T09:00', timeZone: 'UTC', rrule: 'FREQ=DAILY' }
    const window = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 3) }
    expect(() => expand({ ...daily, rdates: new Array<string>(1) }, window)).toThrow(
      refusal('INVALID_RRULE', 'recurrence.rdates[0]'),
    )
    expect(() =>
      expand({ ...daily, exdates: Object.assign(new Array<string>(2), { 0: '2024-01-02T09:00' }) }, window),
    ).toThrow(refusal('INVALID_RRULE', 'recurrence.exdates[1]'))
  })

  test('a hole in zoneChanges is INVALID_SCHEDULE at its index', () => {
    const request = {
      window: { from: '2024-01-01', to: '2024-01-02', timeZone: 'UTC' },
      now: Date.UTC(2023, 0, 1),
      people: [
        {
          id: 'ana',
          schedule: {
            timeZone: 'UTC',
            zoneChanges: Object.assign(new Array(2), { 1: { from: '2024-01-02', timeZone: 'Asia/Tokyo' } }),
          },
        },
      ],
      policy: { durationMinutes: 60 },
    } as unknown as AvailabilityRequest
    expect(() => availability(request)).toThrow(
      refusal('INVALID_SCHEDULE', 'people[0].schedule.zoneChanges[0]'),
    )
  })
})

describe('expand keeps its limit with RDATEs', () => {
  test("RDATEs past the limit are TOO_MANY_INSTANCES, as the rule's own instances are", () => {
    // Shrunk from the fuzzer (the rule object matched nothing in the window; the RDATE did).
    const recurrence = {
      dtstart: '1992-01-03T12:00',
      rrule: { freq: 'YEARLY', interval: 1, byMonth: [1], byMonthDay: [1], wkst: 'MO' },
      rdates: ['1992-01-03T12:00'],
    } as const
    const window = { start: Date.UTC(1992, 0, 3), end: Date.UTC(1992, 0, 4) }
    expect(() => expand(recurrence as never, window, { limit: 0 })).toThrow(
      refusal('TOO_MANY_INSTANCES', 'recurrence.rdates'),
    )
    expect(expand(recurrence as never, window, { limit: 1 })).toEqual([Date.UTC(1992, 0, 3, 12)])
  })
})

describe('sparse arrays', () => {
  test('a hole among the candidates of assign is refused at its index, not passed over', () => {
    // biome-ignore lint/suspicious/noSparseArray: a sparse candidate list.
    const candidates = [{ id: 'a' }, , { id: 'b', priority: 2 }]
    expect(() => assign({ people: ['a', 'b'] }, candidates as never)).toThrow(
      refusal('INVALID_ARGUMENT', 'candidates[1]'),
    )
  })

  test('a hole in a list of holidays is refused at its index', () => {
    const schedule = { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } }
    // biome-ignore lint/suspicious/noSparseArray: a sparse holiday list.
    const holidays = ['2024-03-11', , '2024-03-12']
    const request = {
      window: { start: Date.UTC(2024, 2, 11), end: Date.UTC(2024, 2, 12) },
      now: 0,
      people: [{ id: 'p', schedule: { ...schedule, holidays } }],
      policy: { durationMinutes: 30 },
    }
    expect(() => availability(request as never)).toThrow(
      refusal('INVALID_SCHEDULE', 'people[0].schedule.holidays[1]'),
    )
  })
})
