import { codeAndPathOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import { availability } from './availability.js'
import { checkBooking } from './checkBooking.js'
import type { AvailabilityRequest } from './types.js'

// Shrunk counterexamples of the availability properties (availability.prop.test.ts) and of
// probes of far-away but valid instants.

const request: AvailabilityRequest = {
  window: { from: '2024-03-10', to: '2024-03-11', timeZone: 'America/New_York' },
  now: 0,
  people: [
    {
      id: 'a',
      schedule: { timeZone: 'America/New_York', weekly: { monday: [{ from: '09:00', to: '17:00' }] } },
    },
  ],
  policy: { durationMinutes: 30 },
}

describe('availability regressions', () => {
  test('a date reports the same breaks whatever the window, also after a zone change eastwards', () => {
    // Found by the reference-model property: the 2024-11-05 break runs (in UTC) to 13:15Z on
    // the 6th, into the working time of 2024-11-07 in Lord Howe (13:00Z on the 6th); with the
    // dates built only one past the window's last, the reported break depended on the window.
    const value: AvailabilityRequest = {
      window: { start: Date.UTC(2024, 10, 3, 13), end: Date.UTC(2024, 10, 5, 13) },
      now: Date.UTC(2024, 10, 4),
      people: [
        {
          id: 'p0',
          schedule: {
            timeZone: 'UTC',
            overrides: [{ date: '2024-11-07', hours: [{ from: '00:00', to: '00:15' }] }],
            breaks: {
              weekly: {},
              dates: [
                {
                  date: '2024-11-05',
                  hours: [
                    { from: '01:15', to: '11:30' },
                    { from: '16:45', to: '13:15' },
                  ],
                },
              ],
            },
            zoneChanges: [{ from: '2024-11-06', timeZone: 'Australia/Lord_Howe' }],
          },
        },
      ],
      policy: { durationMinutes: 15 },
    }
    const breaksOf = (result: ReturnType<typeof availability>) =>
      result.people[0]!.days.find((day) => day.date === '2024-11-05')!.breaks
    const longer = availability({
      ...value,
      window: { start: Date.UTC(2024, 10, 3, 13), end: Date.UTC(2024, 10, 8) },
    })
    expect(breaksOf(availability(value))).toStrictEqual([
      { start: Date.UTC(2024, 10, 6, 13), end: Date.UTC(2024, 10, 6, 13, 15) },
    ])
    expect(breaksOf(availability(value))).toStrictEqual(breaksOf(longer))
  })

  test('checkBooking of a proposal far from the window fails fast with RANGE_TOO_LARGE', () => {
    // The window was stretched to reach the proposal without a cap: at 8.64e15 it built every
    // local date up to year 275760 and ran out of memory.
    expect(codeAndPathOf(() => checkBooking(request, { start: 8.64e15 - 10, end: 8.64e15 }))).toStrictEqual({
      code: 'RANGE_TOO_LARGE',
      path: 'proposed',
    })
    expect(codeAndPathOf(() => checkBooking(request, { start: -8.64e15, end: -8.64e15 + 1 }))).toStrictEqual({
      code: 'RANGE_TOO_LARGE',
      path: 'proposed',
    })
  })

  test('a window of instants at the ends of the Date range fails with the path of the window', () => {
    // It failed with INVALID_INSTANT at "[0].start", a path inside the engine.
    expect(
      codeAndPathOf(() =>
        availability({ ...request, window: { start: 8.64e15 - 86_400_000, end: 8.64e15 } }),
      ),
    ).toStrictEqual({ code: 'INVALID_INSTANT', path: 'window.end' })
    expect(
      codeAndPathOf(() =>
        availability({ ...request, window: { start: -8.64e15, end: -8.64e15 + 86_400_000 } }),
      ),
    ).toStrictEqual({ code: 'INVALID_INSTANT', path: 'window.start' })
  })
})
