import { describe, expect, test } from 'vitest'
import { availability } from './availability.js'
import { checkBooking } from './checkBooking.js'
import type { AvailabilityRequest } from './types.js'

// Shrunk counterexamples of the availability properties (availability.prop.test.ts).

describe('checkBooking regressions', () => {
  test('enforced look-busy counts the slots that start on a date and run past its midnight', () => {
    // Found by "every slot passes checkBooking and every rejected grid candidate fails it":
    // checkBooking counted only the slots ending by midnight, so with a night shift it hid a
    // different set than availability and let hidden slots through.
    const request: AvailabilityRequest = {
      window: { start: Date.UTC(2024, 10, 2), end: Date.UTC(2024, 10, 5) },
      now: Date.UTC(2024, 10, 2),
      people: [
        {
          id: 'p0',
          schedule: {
            timeZone: 'UTC',
            weekly: {
              saturday: [
                { from: '00:00', to: '16:15' },
                { from: '20:00', to: '00:15' },
              ],
            },
          },
        },
      ],
      policy: { durationMinutes: 90, intervalMinutes: 5, lookBusy: { percent: 12.5, enforce: true } },
    }
    const days = availability(request).people[0]!.days
    const hidden = days.flatMap((day) => day.hidden)
    expect(hidden.length).toBeGreaterThan(0)
    for (const slot of hidden) {
      expect(checkBooking(request, slot)).toStrictEqual({
        ok: false,
        reasons: [{ code: 'Busy', eventIds: [] }],
      })
    }
    for (const slot of days.flatMap((day) => day.slots)) {
      expect(checkBooking(request, slot)).toStrictEqual({ ok: true, people: ['p0'] })
    }
  })

  test("with a team mode, enforced look-busy refuses what the team's answer hides, not what one member hides", () => {
    // Found by "a team slot passes checkBooking with exactly its people": each member's own
    // hiding was enforced, so p1 (who shows 09:00 for itself) let the team-hidden 09:00 through.
    const person = (id: string, to: string) => ({
      id,
      schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to }] } },
    })
    const request: AvailabilityRequest = {
      window: { from: '2024-01-15', to: '2024-01-15', timeZone: 'UTC' },
      now: 0,
      people: [person('p0', '10:00'), person('p1', '09:30')],
      policy: { durationMinutes: 15, lookBusy: { percent: 50, seed: 'e', enforce: true } },
      team: { mode: 'anyOf' },
    }
    const team = availability(request).team!
    const at = (hour: number, minute: number) => Date.UTC(2024, 0, 15, hour, minute)
    expect(team.hidden.map((slot) => slot.start)).toStrictEqual([at(9, 0), at(9, 15)])
    expect(checkBooking(request, { start: at(9, 0), end: at(9, 15) })).toStrictEqual({
      ok: false,
      reasons: [{ code: 'Busy', eventIds: [] }],
    })
    for (const slot of team.slots) {
      expect(checkBooking(request, slot)).toStrictEqual({ ok: true, people: slot.people })
    }
  })
})
