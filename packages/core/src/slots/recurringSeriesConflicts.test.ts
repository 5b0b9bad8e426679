// planRecurringBooking judges each occurrence against the people, the team mode and the
// occurrences planned before it: a moved occurrence takes its new time, so a later one that
// asked for that time is refused with the earlier occurrence named. Dates are worked by hand:
// 2026-03-02 is a Monday; everyone works 09:00–10:00 UTC every day, one 60-minute slot a day.
import { describe, expect, test } from 'vitest'
import type { AvailabilityRequest, BusyEvent } from '../index.js'
import { planRecurringBooking } from '../index.js'

const HOUR = 3_600_000
/** 09:00 UTC on 2026-03-`day`. */
const nineOn = (day: number) => Date.UTC(2026, 2, day, 9)
const EVERY_DAY = Object.fromEntries(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [
    day,
    [{ from: '09:00', to: '10:00' }],
  ]),
)

function requestOf(
  people: ReadonlyArray<{ id: string; busy?: BusyEvent[] }>,
  team?: AvailabilityRequest['team'],
): AvailabilityRequest {
  return {
    window: { from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC' },
    now: 0,
    people: people.map((person) => ({ ...person, schedule: { timeZone: 'UTC', weekly: EVERY_DAY } })),
    policy: { durationMinutes: 60 },
    ...(team === undefined ? {} : { team }),
  }
}

const busyAt = (id: string, day: number): BusyEvent => ({ id, start: nineOn(day), end: nineOn(day) + HOUR })

describe('book_next never lands on another occurrence of the series', () => {
  test('a blocked first occurrence moves to the next day, and pushes each later one a day on', () => {
    const plan = planRecurringBooking(requestOf([{ id: 'ana', busy: [busyAt('dentist', 2)] }]), {
      start: nineOn(2),
      freq: 'DAILY',
      count: 3,
      bookingOption: 'book_next',
    })
    expect(plan.map((line) => [line.status, line.slot?.start])).toEqual([
      ['moved', nineOn(3)],
      ['moved', nineOn(4)],
      ['moved', nineOn(5)],
    ])
    expect(plan[0]!.reasons).toEqual([{ code: 'Busy', eventIds: ['dentist'] }])
    // The second asked for 03-03 09:00, which the first occurrence now holds.
    expect(plan[1]!.reasons).toEqual([{ code: 'Busy', eventIds: ['occurrence-0'] }])
    expect(plan[2]!.reasons).toEqual([{ code: 'Busy', eventIds: ['occurrence-1'] }])
  })

  test('with skip, an occurrence refused by the series itself is skipped', () => {
    // Nothing moves under skip, so occurrences never collide: all are booked as asked.
    const plan = planRecurringBooking(requestOf([{ id: 'ana' }]), {
      start: nineOn(2),
      freq: 'DAILY',
      count: 2,
      bookingOption: 'skip',
    })
    expect(plan.map((line) => line.status)).toEqual(['booked', 'booked'])
  })
})

describe('continue books anyway and lists only the conflicting events', () => {
  test('a reason without events adds no ids', () => {
    // 2026-03-02 at 12:00 is outside the 09:00–10:00 hours: booked anyway, with no event ids.
    const plan = planRecurringBooking(requestOf([{ id: 'ana', busy: [busyAt('gym', 3)] }]), {
      start: Date.UTC(2026, 2, 2, 9),
      freq: 'DAILY',
      count: 2,
      bookingOption: 'continue',
    })
    expect(plan[0]).toMatchObject({ status: 'booked', reasons: [] })
    expect(plan[1]).toMatchObject({ status: 'booked', conflictingEventIds: ['gym'] })
    const outside = planRecurringBooking(requestOf([{ id: 'ana' }]), {
      start: Date.UTC(2026, 2, 2, 12),
      freq: 'DAILY',
      count: 1,
      bookingOption: 'continue',
    })
    expect(outside[0]).toMatchObject({ status: 'booked', conflictingEventIds: [] })
    expect(outside[0]!.reasons.map((reason) => reason.code)).toEqual(['OutsideWorkingHours'])
  })
})

describe('the team mode decides how many people an occurrence needs', () => {
  const people = [
    { id: 'ana', busy: [busyAt('a', 2)] },
    { id: 'ben', busy: [busyAt('b', 2), busyAt('b', 3)] },
    { id: 'cy' },
  ]
  const series = { start: nineOn(2), freq: 'DAILY' as const, count: 3, bookingOption: 'skip' as const }

  test('atLeast 2: free when two of the three are', () => {
    // 03-02: only cy free; 03-03: ana and cy; 03-04: all three.
    const plan = planRecurringBooking(requestOf(people, { mode: 'atLeast', count: 2 }), series)
    expect(plan.map((line) => line.status)).toEqual(['skipped', 'booked', 'booked'])
  })

  test('anyOf: free when one is; collective: only when all are', () => {
    const anyOf = planRecurringBooking(requestOf(people, { mode: 'anyOf' }), series)
    expect(anyOf.map((line) => line.status)).toEqual(['booked', 'booked', 'booked'])
    const collective = planRecurringBooking(requestOf(people, { mode: 'collective' }), series)
    expect(collective.map((line) => line.status)).toEqual(['skipped', 'skipped', 'booked'])
  })
})
