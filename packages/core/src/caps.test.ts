// One test per row of the README's caps table: the default refuses just past the cap with
// the row's code and path, and where the cap is an option, raising it lets the input through.
import { describe, expect, test } from 'vitest'
import type { AvailabilityCaps, AvailabilityRequest, AvailabilityResult, BusyEvent, Person } from './index.js'
import {
  availability,
  expand,
  findConflicts,
  parseRRule,
  planRecurringBooking,
  timeZoneTransitions,
  toInstant,
} from './index.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const MONDAY = Date.UTC(2024, 2, 11)

const refusal = (code: string, path: string) => expect.objectContaining({ name: 'SlotwiseError', code, path })

/** Every slot of the first person, over all dates. */
const slotsOf = (result: AvailabilityResult) => result.people[0]?.days.flatMap((day) => day.slots) ?? []

function person(id: string, busy: readonly BusyEvent[] = []): Person {
  return { id, schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } }, busy }
}

function request(
  overrides: Partial<AvailabilityRequest> & { caps?: AvailabilityCaps } = {},
): AvailabilityRequest {
  return {
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: Date.UTC(2024, 0, 1),
    people: [person('ana')],
    policy: { durationMinutes: 60 },
    ...overrides,
  }
}

describe('availability caps', () => {
  test('window: 366 local days by default, caps.maxWindowDays raises it', () => {
    const window = { from: '2024-01-01', to: '2025-01-01', timeZone: 'UTC' } // 367 dates
    expect(() => availability(request({ window }))).toThrow(refusal('RANGE_TOO_LARGE', 'window'))
    const wide = availability(request({ window, caps: { maxWindowDays: 367 } }))
    expect(wide.people[0]?.days).toHaveLength(367)
    expect(() => availability(request({ caps: { maxWindowDays: 3661 } }))).toThrow(
      refusal('INVALID_REQUEST', 'caps.maxWindowDays'),
    )
  })

  test('people: 1000 by default, caps.maxPeople raises it', () => {
    const people = Array.from({ length: 1001 }, (_, i) => person(`p${i}`))
    expect(() => availability(request({ people }))).toThrow(refusal('TOO_MANY_PEOPLE', 'people'))
    const answer = availability(request({ people, caps: { maxPeople: 1001 } }))
    expect(answer.people).toHaveLength(1001)
  })

  test('busy events: 100 000 per person by default, counted after recurrences expand', () => {
    const events = Array.from({ length: 100_001 }, (_, i) => ({ id: `e${i}`, start: i, end: i }))
    expect(() => availability(request({ people: [person('ana', events)] }))).toThrow(
      refusal('TOO_MANY_EVENTS', 'people[0].busy'),
    )
    const raised = availability(
      request({ people: [person('ana', events)], caps: { maxEventsPerPerson: 100_001 } }),
    )
    expect(slotsOf(raised)).toHaveLength(8)
    // A daily event over a year expands to 366 instances. Past a cap of 100 on its own, it is
    // refused at its rule; two weekly ones (53 each) pass alone and are refused together.
    const year = { from: '2024-03-11', to: '2025-03-10', timeZone: 'UTC' }
    const repeating = (id: string, rrule: string): BusyEvent => ({
      id,
      start: MONDAY + 9 * HOUR,
      end: MONDAY + 9 * HOUR + 15 * 60_000,
      recurrence: { rrule, timeZone: 'UTC' },
    })
    const capped = (busy: BusyEvent[]) =>
      availability(
        request({ window: year, people: [person('ana', busy)], caps: { maxEventsPerPerson: 100 } }),
      )
    expect(() => capped([repeating('standup', 'FREQ=DAILY')])).toThrow(
      refusal('TOO_MANY_INSTANCES', 'people[0].busy[0].recurrence.rrule'),
    )
    expect(() => capped([repeating('review', 'FREQ=WEEKLY')])).not.toThrow()
    expect(() => capped([repeating('review', 'FREQ=WEEKLY'), repeating('retro', 'FREQ=WEEKLY')])).toThrow(
      refusal('TOO_MANY_EVENTS', 'people[0].busy'),
    )
  })

  test('slots: 2 000 000 by default, caps.maxSlots lowers or raises it', () => {
    // Eight one-hour slots on the Monday.
    expect(() => availability(request({ caps: { maxSlots: 7 } }))).toThrow(
      refusal('TOO_MANY_SLOTS', 'people[0]'),
    )
    expect(slotsOf(availability(request({ caps: { maxSlots: 8 } })))).toHaveLength(8)
  })

  test('ids, event types and seeds: 1024 characters by default, caps.maxTextLength raises it', () => {
    const long = 'x'.repeat(1025)
    expect(() => availability(request({ people: [person(long)] }))).toThrow(
      refusal('TEXT_TOO_LONG', 'people[0].id'),
    )
    const event = { id: long, start: MONDAY + 9 * HOUR, end: MONDAY + 10 * HOUR }
    expect(() => availability(request({ people: [person('ana', [event])] }))).toThrow(
      refusal('TEXT_TOO_LONG', 'people[0].busy[0].id'),
    )
    const seeded = { durationMinutes: 60, lookBusy: { percent: 50, seed: long } }
    expect(() => availability(request({ policy: seeded }))).toThrow(
      refusal('TEXT_TOO_LONG', 'policy.lookBusy.seed'),
    )
    const raised = availability(request({ people: [person(long, [event])], caps: { maxTextLength: 1025 } }))
    expect(raised.people[0]?.id).toBe(long)
    expect(slotsOf(raised)).toHaveLength(7)
    try {
      availability(request({ people: [person(long)] }))
    } catch (error) {
      expect(error).toMatchObject({ details: { limit: 1024, actual: 1025 } })
    }
  })
})

describe('caps outside availability', () => {
  test('findConflicts: at most 1 000 000 events', () => {
    const events = new Array<BusyEvent>(1_000_001).fill({ id: 'a', start: 0, end: 1 })
    expect(() => findConflicts(events)).toThrow(refusal('TOO_MANY_EVENTS', 'events'))
  })

  test('RRULE text: 2048 characters by default, maxLength raises it', () => {
    const text = `FREQ=DAILY;BYHOUR=${'9,'.repeat(1100)}9`
    expect(text.length).toBeGreaterThan(2048)
    expect(() => parseRRule(text)).toThrow(refusal('TEXT_TOO_LONG', ''))
    expect(parseRRule(text, { maxLength: 4096 }).byHour).toEqual([9])
    const recurrence = { dtstart: '2024-03-11T09:00', timeZone: 'UTC', rrule: text }
    const window = { start: MONDAY, end: MONDAY + 2 * DAY }
    expect(() => expand(recurrence, window)).toThrow(refusal('TEXT_TOO_LONG', ''))
    expect(expand(recurrence, window, { maxLength: 4096 })).toEqual([
      MONDAY + 9 * HOUR,
      MONDAY + DAY + 9 * HOUR,
    ])
  })

  test('recurrence text with EXDATE lines: 65 536 characters', () => {
    const exdates = Array.from({ length: 4000 }, () => 'EXDATE:20240312T090000Z').join('\n')
    const rrule = `DTSTART:20240311T090000Z\nRRULE:FREQ=DAILY\n${exdates}`
    expect(rrule.length).toBeGreaterThan(65_536)
    expect(() => expand({ rrule }, { start: MONDAY, end: MONDAY + DAY })).toThrow(
      refusal('TEXT_TOO_LONG', 'recurrence.rrule'),
    )
    const fewer = `DTSTART:20240311T090000Z\nRRULE:FREQ=DAILY\n${exdates.slice(0, 24 * 2000)}`
    expect(expand({ rrule: fewer }, { start: MONDAY, end: MONDAY + 2 * DAY })).toEqual([MONDAY + 9 * HOUR])
  })

  test('RRULE COUNT and INTERVAL: 10 000 and 1000 by default, maxCount and maxInterval raise them', () => {
    expect(() => parseRRule('FREQ=DAILY;COUNT=10001')).toThrow(refusal('INVALID_RRULE', 'COUNT'))
    expect(parseRRule('FREQ=DAILY;COUNT=10001', { maxCount: 10_001 }).count).toBe(10_001)
    expect(() => parseRRule('FREQ=DAILY;INTERVAL=1001')).toThrow(refusal('INVALID_RRULE', 'INTERVAL'))
    expect(parseRRule('FREQ=DAILY;INTERVAL=1001', { maxInterval: 1001 }).interval).toBe(1001)
  })

  test('expand: 10 000 instances, a million periods and 3660 days by default', () => {
    const daily = { dtstart: '2000-01-01T09:00', timeZone: 'UTC', rrule: 'FREQ=DAILY' }
    const tenYears = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2010, 0, 1) }
    expect(() => expand(daily, { start: tenYears.start, end: tenYears.start + 3661 * DAY })).toThrow(
      refusal('RANGE_TOO_LARGE', 'window'),
    )
    expect(expand(daily, tenYears)).toHaveLength(3653)
    expect(() => expand(daily, tenYears, { limit: 3652 })).toThrow(refusal('TOO_MANY_INSTANCES', 'rrule'))
    // COUNT rules walk from DTSTART: a rule from year 1 scans 730 000 days to reach 2000.
    const old = { dtstart: '0001-01-01T09:00', timeZone: 'UTC', rrule: 'FREQ=DAILY;COUNT=10000' }
    expect(() => expand(old, tenYears, { maxPeriods: 1000 })).toThrow(refusal('TOO_MANY_PERIODS', 'rrule'))
    expect(expand(old, tenYears)).toEqual([])
  })

  test('recurring bookings: 24 occurrences by default, series.maxCount raises it', () => {
    const series = { start: MONDAY + 9 * HOUR, freq: 'DAILY', count: 25, bookingOption: 'skip' } as const
    expect(() => planRecurringBooking(request(), series)).toThrow(refusal('INVALID_ARGUMENT', 'series.count'))
    expect(planRecurringBooking(request(), { ...series, maxCount: 25 })).toHaveLength(25)
  })

  test('timeZoneTransitions: a window of at most 200 × 366 days', () => {
    const end = Date.UTC(2201, 0, 1)
    expect(() => timeZoneTransitions('Europe/London', { start: Date.UTC(2000, 0, 1), end })).toThrow(
      refusal('RANGE_TOO_LARGE', 'window'),
    )
  })

  test('zone ids: at most 64 characters, refused without a scan of the text', () => {
    expect(() => toInstant('2024-03-11T09:00', 'Europe/London'.repeat(80_000))).toThrow(
      refusal('INVALID_TIME_ZONE', 'timeZone'),
    )
  })
})
