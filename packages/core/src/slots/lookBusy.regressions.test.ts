import { describe, expect, test } from 'vitest'
import { availability } from './availability.js'
import { hiddenCount } from './lookBusy.js'

// Shrunk counterexamples of "look-busy hides exactly round-half-up(p·n/100) of each date".

describe('lookBusy regressions', () => {
  test('a percentage with more than two decimals is not rounded first', () => {
    // 52.25694444444444% of 288 is 150.4999…: round half up gives 150. Rounding p to 52.26
    // first gave 151.
    expect(hiddenCount(52.25694444444444, 288)).toBe(150)
    expect(hiddenCount(38.235214042035935, 119)).toBe(45)
    const week = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
    const result = availability({
      window: { from: '2024-01-15', to: '2024-01-15', timeZone: 'UTC' },
      now: Date.UTC(2024, 0, 1),
      people: [
        {
          id: 'p0',
          schedule: {
            timeZone: 'UTC',
            weekly: Object.fromEntries(week.map((day) => [day, [{ from: '00:00', to: '24:00' }]])),
          },
        },
      ],
      policy: { durationMinutes: 5, lookBusy: { percent: 52.25694444444444 } },
    })
    const day = result.people[0]!.days[0]!
    expect(day.slots.length + day.hidden.length).toBe(288)
    expect(day.hidden.length).toBe(150)
  })

  test('percentages that print with two decimals are read as those decimals', () => {
    expect(hiddenCount(12.5, 4)).toBe(1) // 0.5 rounds up
    expect(hiddenCount(0.29, 50)).toBe(0) // 0.145
    expect(hiddenCount(33.33, 3)).toBe(1) // 0.9999
    expect(hiddenCount(100, 7)).toBe(7)
    expect(hiddenCount(5e-324, 10)).toBe(0)
  })
})
