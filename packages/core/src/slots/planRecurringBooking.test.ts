// Example tests of `planRecurringBooking`: LeadConnector's recurring booking settings (freq,
// interval, count 1–24, and what to do with an occurrence that cannot be booked), judged
// occurrence by occurrence like `checkBooking`. New York changes to EDT on 2026-03-08.
import { slotwiseErrorOf } from '@slotwise/testkit'
import { describe, expect, test as it } from 'vitest'
import type { AvailabilityRequest, BusyEvent, RecurringBooking } from '../index.js'
import { planRecurringBooking } from '../index.js'

const NEW_YORK = 'America/New_York'
/** An instant at `hours:minutes` UTC on 2026-`month`-`day`. */
const at = (month: number, day: number, hours: number, minutes = 0) =>
  Date.UTC(2026, month - 1, day, hours, minutes)
const HOUR = 3_600_000
const EVERY_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/**
 * `ana` works 09:00–17:00 New York time on `days` (every day by default); 60-minute slots on
 * the hour; the request's own window is March 2026.
 */
function requestOf(
  busy: readonly BusyEvent[] = [],
  days: readonly string[] = EVERY_DAY,
): AvailabilityRequest {
  return {
    window: { from: '2026-03-01', to: '2026-03-31', timeZone: NEW_YORK },
    now: at(1, 1, 0),
    people: [
      {
        id: 'ana',
        schedule: {
          timeZone: NEW_YORK,
          weekly: Object.fromEntries(days.map((day) => [day, [{ from: '09:00', to: '17:00' }]])),
        },
        busy,
      },
    ],
    policy: { durationMinutes: 60 },
  }
}

const slot = (start: number) => ({ start, end: start + HOUR })

describe('every occurrence free: every line booked', () => {
  it('DAILY: one line per day at the same local time', () => {
    const plan = planRecurringBooking(requestOf(), {
      start: at(3, 9, 14),
      freq: 'DAILY',
      count: 3,
      bookingOption: 'skip',
    })
    expect(plan).toEqual(
      [0, 1, 2].map((index) => {
        const requested = slot(at(3, 9 + index, 14))
        return { index, requested, status: 'booked', slot: requested, reasons: [] }
      }),
    )
  })

  it('WEEKLY with INTERVAL=2: every other week', () => {
    const plan = planRecurringBooking(requestOf(), {
      start: at(3, 3, 15), // Tuesday 10:00 EST
      freq: 'WEEKLY',
      interval: 2,
      count: 3,
      bookingOption: 'book_next',
    })
    expect(plan.map((line) => [line.status, line.slot?.start])).toEqual([
      ['booked', at(3, 3, 15)],
      ['booked', at(3, 17, 14)], // 10:00 EDT
      ['booked', at(3, 31, 14)],
    ])
  })

  it('MONTHLY: the same day of each month, the request window notwithstanding', () => {
    const plan = planRecurringBooking(requestOf(), {
      start: at(3, 5, 15),
      freq: 'MONTHLY',
      count: 3,
      bookingOption: 'skip',
    })
    expect(plan.map((line) => [line.status, line.slot?.start])).toEqual([
      ['booked', at(3, 5, 15)], // 10:00 EST
      ['booked', at(4, 5, 14)], // 10:00 EDT
      ['booked', at(5, 5, 14)],
    ])
  })

  it('WEEKLY at 09:00 stays 09:00 New York time across the March change', () => {
    const plan = planRecurringBooking(requestOf(), {
      start: at(3, 2, 14),
      freq: 'WEEKLY',
      count: 3,
      bookingOption: 'skip',
    })
    expect(plan.map((line) => line.requested.start)).toEqual([at(3, 2, 14), at(3, 9, 13), at(3, 16, 13)])
    expect(plan.every((line) => line.status === 'booked')).toBe(true)
  })
})

describe('an occurrence that cannot be booked', () => {
  /** The dentist takes Tuesday 2026-03-10 10:00–11:00 EDT; the plan is daily at 10:00 from Monday. */
  const DENTIST: BusyEvent = { id: 'dentist', start: at(3, 10, 14), end: at(3, 10, 15) }
  const daily = (bookingOption: RecurringBooking['bookingOption']): RecurringBooking => ({
    start: at(3, 9, 14),
    freq: 'DAILY',
    count: 3,
    bookingOption,
  })
  const BUSY = [{ code: 'Busy', eventIds: ['dentist'] }]

  it('skip: the line is skipped with its reasons, the others booked', () => {
    const plan = planRecurringBooking(requestOf([DENTIST]), daily('skip'))
    expect(plan[1]).toEqual({ index: 1, requested: slot(at(3, 10, 14)), status: 'skipped', reasons: BUSY })
    expect(plan.map((line) => line.status)).toEqual(['booked', 'skipped', 'booked'])
  })

  it('skip: an occurrence outside working hours says so', () => {
    // Weekdays only: Saturday 2026-03-14 and Sunday 03-15 have no hours.
    const plan = planRecurringBooking(requestOf([], EVERY_DAY.slice(0, 5)), {
      start: at(3, 13, 14),
      freq: 'DAILY',
      count: 4,
      bookingOption: 'skip',
    })
    expect(plan.map((line) => [line.status, line.reasons])).toEqual([
      ['booked', []],
      ['skipped', [{ code: 'OutsideWorkingHours' }]],
      ['skipped', [{ code: 'OutsideWorkingHours' }]],
      ['booked', []],
    ])
  })

  it('continue: booked anyway, with the conflicting event ids', () => {
    const plan = planRecurringBooking(requestOf([DENTIST]), daily('continue'))
    expect(plan[1]).toEqual({
      index: 1,
      requested: slot(at(3, 10, 14)),
      status: 'booked',
      slot: slot(at(3, 10, 14)),
      reasons: BUSY,
      conflictingEventIds: ['dentist'],
    })
    expect(plan[0]).not.toHaveProperty('conflictingEventIds')
  })

  it('continue: events that conflict only through their buffers are listed too', () => {
    const buffered: BusyEvent = {
      id: 'prep',
      start: at(3, 10, 15),
      end: at(3, 10, 16),
      bufferBeforeMinutes: 15,
    }
    const plan = planRecurringBooking(requestOf([DENTIST, buffered]), daily('continue'))
    expect(plan[1]!.reasons).toEqual([...BUSY, { code: 'BufferConflict', eventIds: ['prep'] }])
    expect(plan[1]!.conflictingEventIds).toEqual(['dentist', 'prep'])
  })

  it('book_next: moved to the first free of the next three grid slots', () => {
    const meeting: BusyEvent = { id: 'meeting', start: at(3, 10, 15), end: at(3, 10, 16) } // 11:00 EDT
    const plan = planRecurringBooking(requestOf([DENTIST, meeting]), daily('book_next'))
    expect(plan[1]).toEqual({
      index: 1,
      requested: slot(at(3, 10, 14)),
      status: 'moved',
      slot: slot(at(3, 10, 16)), // 12:00 EDT: 11:00 is taken too
      reasons: BUSY,
    })
    expect(plan.map((line) => line.status)).toEqual(['booked', 'moved', 'booked'])
  })

  it('book_next: failed, with the reasons, when none of the next three grid slots is free', () => {
    // 10:00–14:00 EDT taken: 11:00, 12:00 and 13:00 are all busy; 14:00 is the fourth.
    const morning: BusyEvent = { id: 'offsite', start: at(3, 10, 14), end: at(3, 10, 18) }
    const plan = planRecurringBooking(requestOf([morning]), daily('book_next'))
    expect(plan[1]).toEqual({
      index: 1,
      requested: slot(at(3, 10, 14)),
      status: 'failed',
      reasons: [{ code: 'Busy', eventIds: ['offsite'] }],
    })
  })

  it('book_next: the next grid slots may be on the next working day', () => {
    // 16:00 EDT is the day's last slot; the next grid slots are Wednesday's 09:00, 10:00, 11:00.
    const late: BusyEvent = { id: 'late', start: at(3, 10, 20), end: at(3, 10, 21) }
    const plan = planRecurringBooking(requestOf([late]), {
      start: at(3, 9, 20),
      freq: 'DAILY',
      count: 2,
      bookingOption: 'book_next',
    })
    expect(plan[1]).toMatchObject({ status: 'moved', slot: slot(at(3, 11, 13)) })
  })

  it('a team (collective) names whose reason it is', () => {
    const request = requestOf()
    const team: AvailabilityRequest = {
      ...request,
      people: [request.people[0]!, { ...request.people[0]!, id: 'ben', busy: [DENTIST] }],
      team: { mode: 'collective' },
    }
    const plan = planRecurringBooking(team, daily('skip'))
    expect(plan[1]).toMatchObject({
      status: 'skipped',
      reasons: [{ code: 'Busy', eventIds: ['dentist'], personId: 'ben' }],
    })
  })
})

describe('MONTHLY series and long series', () => {
  it('on the 31st skips the months without one, and still gives `count` lines', () => {
    // Regression: the window was sized 31 days per occurrence, so this plan gave four lines.
    const plan = planRecurringBooking(requestOf(), {
      start: at(1, 31, 15),
      freq: 'MONTHLY',
      count: 6,
      bookingOption: 'skip',
    })
    expect(plan.map((line) => line.requested.start)).toEqual([
      at(1, 31, 15),
      at(3, 31, 14),
      at(5, 31, 14),
      at(7, 31, 14),
      at(8, 31, 14),
      at(10, 31, 14),
    ])
    expect(plan.every((line) => line.status === 'booked')).toBe(true)
  })

  it('12 and 24 monthly occurrences plan under the default caps (the series sets the window)', () => {
    // Regression: a series longer than caps.maxWindowDays (366) threw RANGE_TOO_LARGE at 'proposed'.
    for (const count of [12, 24]) {
      const plan = planRecurringBooking(requestOf(), {
        start: at(3, 5, 15),
        freq: 'MONTHLY',
        count,
        bookingOption: 'skip',
      })
      expect(plan).toHaveLength(count)
      expect(plan.every((line) => line.status === 'booked')).toBe(true)
    }
  })

  it('a busy event in a later month is seen there', () => {
    const autumn: BusyEvent = { id: 'autumn', start: at(10, 5, 14), end: at(10, 5, 15) }
    const plan = planRecurringBooking(requestOf([autumn]), {
      start: at(3, 5, 15),
      freq: 'MONTHLY',
      count: 12,
      bookingOption: 'skip',
    })
    expect(plan.filter((line) => line.status !== 'booked')).toEqual([
      {
        index: 7,
        requested: slot(at(10, 5, 14)),
        status: 'skipped',
        reasons: [{ code: 'Busy', eventIds: ['autumn'] }],
      },
    ])
  })

  it('a series longer than 3660 days: RANGE_TOO_LARGE at series', () => {
    const error = slotwiseErrorOf(() =>
      planRecurringBooking(requestOf(), {
        start: at(3, 5, 15),
        freq: 'MONTHLY',
        interval: 12,
        count: 24,
        bookingOption: 'skip',
      }),
    )
    expect(error).toMatchObject({ code: 'RANGE_TOO_LARGE', path: 'series' })
  })
})

describe('the 3660-day cap on a series', () => {
  const series = (freq: RecurringBooking['freq'], count: number): RecurringBooking => ({
    start: at(3, 9, 14),
    freq,
    count,
    maxCount: 10_000,
    bookingOption: 'skip',
  })
  const refusal = (freq: RecurringBooking['freq'], count: number) => {
    const error = slotwiseErrorOf(() => planRecurringBooking(requestOf(), series(freq, count)))
    return { code: error.code, path: error.path, ...error.details }
  }
  const refused = (days: number) => ({
    code: 'RANGE_TOO_LARGE',
    path: 'series',
    value: String(days),
    expected: 'a series within 3660 days',
  })

  // Before anything is expanded: (count - 1) periods of 1 day, 7 days or 28 days.
  it.each([
    ['DAILY', 3662, 3661],
    ['WEEKLY', 524, 3661],
    ['MONTHLY', 132, 3668],
  ] as const)('%s × %i is refused at once, its shortest span %i days', (freq, count, days) => {
    expect(refusal(freq, count)).toEqual(refused(days))
  })

  // After expansion: from the request window's first day (2026-03-01 00:00 New York, 8 days
  // 9 hours before the series) to 8 days past the last occurrence, for book_next.
  const DAY = 86_400_000
  const spanTo = (last: number) => Math.ceil((last + 8 * DAY - at(3, 1, 5)) / DAY)
  it.each([
    ['DAILY', 3645, at(3, 9, 14) + 3644 * DAY],
    ['WEEKLY', 522, at(3, 9, 14) + 521 * 7 * DAY],
    ['MONTHLY', 121, Date.UTC(2036, 2, 9, 14)],
  ] as const)('%s × %i is refused for its real span', (freq, count, last) => {
    expect(spanTo(last)).toBeGreaterThan(3660)
    expect(refusal(freq, count)).toEqual(refused(spanTo(last)))
  })

  it('a weekly series of 521, 3657 days with the request window and the days after it, is planned', () => {
    const plan = planRecurringBooking(requestOf(), series('WEEKLY', 521))
    expect(plan).toHaveLength(521)
    expect(plan.every((line) => line.status === 'booked')).toBe(true)
  })
})

describe('bad series', () => {
  const base: RecurringBooking = { start: at(3, 9, 14), freq: 'DAILY', count: 2, bookingOption: 'skip' }
  const cases: Array<[string, unknown, string, string]> = [
    ['count over 24', { ...base, count: 25 }, 'INVALID_ARGUMENT', 'series.count'],
    ['count 0', { ...base, count: 0 }, 'INVALID_ARGUMENT', 'series.count'],
    [
      'count over a raised maxCount',
      { ...base, count: 31, maxCount: 30 },
      'INVALID_ARGUMENT',
      'series.count',
    ],
    ['maxCount over 10 000', { ...base, maxCount: 10_001 }, 'INVALID_ARGUMENT', 'series.maxCount'],
    [
      'an unknown bookingOption',
      { ...base, bookingOption: 'later' },
      'INVALID_ARGUMENT',
      'series.bookingOption',
    ],
    ['no bookingOption', { ...base, bookingOption: undefined }, 'INVALID_ARGUMENT', 'series.bookingOption'],
    ['YEARLY', { ...base, freq: 'YEARLY' }, 'INVALID_ARGUMENT', 'series.freq'],
    ['no freq', { ...base, freq: undefined }, 'INVALID_ARGUMENT', 'series.freq'],
    ['interval 0', { ...base, interval: 0 }, 'INVALID_ARGUMENT', 'series.interval'],
    ['a start that is no instant', { ...base, start: '2026-03-09' }, 'INVALID_INSTANT', 'series.start'],
    ['no series', null, 'INVALID_ARGUMENT', 'series'],
  ]
  for (const [name, series, code, path] of cases) {
    it(`${name}: ${code} at ${path}`, () => {
      expect(
        slotwiseErrorOf(() => planRecurringBooking(requestOf(), series as RecurringBooking)),
      ).toMatchObject({
        code,
        path,
      })
    })
  }

  it('count 25 is accepted once maxCount is raised', () => {
    expect(planRecurringBooking(requestOf(), { ...base, count: 25, maxCount: 30 })).toHaveLength(25)
  })

  it('a bad request fails with the request’s own path', () => {
    const request = requestOf()
    const bad = { ...request, people: [{ ...request.people[0]!, schedule: { timeZone: 'Mars/Olympus' } }] }
    expect(slotwiseErrorOf(() => planRecurringBooking(bad, base))).toMatchObject({
      code: 'INVALID_TIME_ZONE',
      path: 'people[0].schedule.timeZone',
    })
  })
})
