import { describe, expect, test } from 'vitest'
import { availability } from '../slots/availability.js'

// Shrunk counterexamples of the availability properties (availability.prop.test.ts).

describe('buildScheduleDays regressions', () => {
  test("a date without hours of its own still has breaks: they cut the previous date's night shift", () => {
    // Found by "every slot lies inside the weekly hours minus breaks converted with toInstant":
    // Sunday 19:00–00:15 runs into Monday, whose 00:00–00:15 break was dropped because
    // Monday has no hours, so 5-minute slots were offered inside the break.
    const result = availability({
      window: { from: '2024-10-06', to: '2024-10-07', timeZone: 'UTC' },
      now: Date.UTC(2024, 9, 1),
      people: [
        {
          id: 'p0',
          schedule: {
            timeZone: 'UTC',
            weekly: { sunday: [{ from: '19:00', to: '00:15' }] },
            breaks: { weekly: { monday: [{ from: '00:00', to: '00:15' }] } },
          },
        },
      ],
      policy: { durationMinutes: 5 },
    })
    const [sunday, monday] = result.people[0]!.days
    expect(sunday!.slots.at(-1)).toStrictEqual({
      start: Date.UTC(2024, 9, 6, 23, 55),
      end: Date.UTC(2024, 9, 7),
    })
    expect(monday!.slots).toStrictEqual([])
    expect(monday!.breaks).toStrictEqual([{ start: Date.UTC(2024, 9, 7), end: Date.UTC(2024, 9, 7, 0, 15) }])
    expect(monday!.noSlotsReason).toBe('NotScheduled')
  })
})
