// Which slots look-busy hides depends on the seed and on each slot's own start, not on its
// position in the day: different seeds hide different slots, and the hidden ones are not
// simply the earliest. A 09:00–17:00 day of 30-minute slots has 16; 50% hides 8 of them.
import { expect, test } from 'vitest'
import { availability } from '../index.js'

const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']

function hiddenStarts(seed: string): number[] {
  const result = availability({
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: 0,
    people: [
      { id: 'ana', schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } } },
    ],
    policy: { durationMinutes: 30, lookBusy: { percent: 50, seed } },
  })
  const day = result.people[0]!.days[0]!
  expect(day.slots.length + day.hidden.length).toBe(16)
  return day.hidden.map((slot) => slot.start)
}

test('different seeds hide different slots', () => {
  const sets = new Set(SEEDS.map((seed) => hiddenStarts(seed).join(',')))
  // Ten seeds, C(16, 8) = 12 870 possible choices: a handful of repeats at most.
  expect(sets.size).toBeGreaterThan(5)
})

test('the hidden slots are not always the earliest or the latest of the day', () => {
  const earliest = Array.from({ length: 8 }, (_, i) => Date.UTC(2024, 2, 11, 9) + i * 30 * 60_000)
  const latest = earliest.map((start) => start + 4 * 3_600_000)
  for (const seed of SEEDS) {
    const hidden = hiddenStarts(seed)
    expect(hidden).toHaveLength(8)
    expect(hidden).not.toEqual(earliest)
    expect(hidden).not.toEqual(latest)
  }
})
