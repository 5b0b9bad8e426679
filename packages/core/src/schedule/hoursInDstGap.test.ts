// Hours that lie wholly in a DST gap name no instant at all: 02:00–03:00 on 2024-03-10 does
// not exist in America/New_York (clocks jump from 02:00 EST to 03:00 EDT), so a date whose
// only hours are those has no working time; hours that straddle the gap keep their real part.
import { expect, test } from 'vitest'
import { availability } from '../index.js'

const NEW_YORK = 'America/New_York'

function dayOf(hours: Array<{ from: string; to: string }>) {
  const result = availability({
    window: { from: '2024-03-10', to: '2024-03-10', timeZone: NEW_YORK },
    now: 0,
    people: [{ id: 'ana', schedule: { timeZone: NEW_YORK, overrides: [{ date: '2024-03-10', hours }] } }],
    policy: { durationMinutes: 30 },
  })
  return result.people[0]!.days[0]!
}

test('hours wholly inside the gap give no working time and no slots', () => {
  const day = dayOf([{ from: '02:00', to: '03:00' }])
  expect(day.working).toEqual([])
  expect(day.slots).toEqual([])
  expect(day.noSlotsReason).toBe('NotScheduled')
})

test('hours that straddle the gap keep the part that exists', () => {
  // 01:30 EST is 06:30Z; 03:30 EDT is 07:30Z: one real hour.
  const day = dayOf([{ from: '01:30', to: '03:30' }])
  expect(day.working).toEqual([{ start: Date.UTC(2024, 2, 10, 6, 30), end: Date.UTC(2024, 2, 10, 7, 30) }])
})

test('a gap-only range next to a real one leaves only the real one', () => {
  const day = dayOf([
    { from: '02:00', to: '03:00' },
    { from: '09:00', to: '10:00' },
  ])
  // 09:00 EDT is 13:00Z.
  expect(day.working).toEqual([{ start: Date.UTC(2024, 2, 10, 13), end: Date.UTC(2024, 2, 10, 14) }])
})
