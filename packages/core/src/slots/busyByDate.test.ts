// Each local date lists the busy events that overlap it, half-open: an event that starts at
// midnight belongs to the new date only, one that ends at midnight to the old date only, and
// one that spans midnight to both. UTC dates, so midnight is 00:00Z.
import { expect, test } from 'vitest'
import { availability, type BusyEvent } from '../index.js'

const HOUR = 3_600_000
const TUESDAY = Date.UTC(2024, 2, 12)

function busyIdsByDate(busy: BusyEvent[]) {
  const result = availability({
    window: { from: '2024-03-11', to: '2024-03-13', timeZone: 'UTC' },
    now: 0,
    people: [{ id: 'ana', schedule: { timeZone: 'UTC', weekly: {} }, busy }],
    policy: { durationMinutes: 60 },
  })
  return Object.fromEntries(
    result.people[0]!.days.map((day) => [day.date, day.busy.map((event) => event.eventId)]),
  )
}

test('events at, before and across midnight are listed under the dates they overlap', () => {
  expect(
    busyIdsByDate([
      { id: 'ends-at-midnight', start: TUESDAY - HOUR, end: TUESDAY },
      { id: 'starts-at-midnight', start: TUESDAY, end: TUESDAY + HOUR },
      { id: 'spans-midnight', start: TUESDAY + 23 * HOUR, end: TUESDAY + 25 * HOUR },
    ]),
  ).toEqual({
    '2024-03-11': ['ends-at-midnight'],
    '2024-03-12': ['starts-at-midnight', 'spans-midnight'],
    '2024-03-13': ['spans-midnight'],
  })
})

test('an empty event at midnight is listed nowhere', () => {
  expect(busyIdsByDate([{ id: 'empty', start: TUESDAY, end: TUESDAY }])).toEqual({
    '2024-03-11': [],
    '2024-03-12': [],
    '2024-03-13': [],
  })
})
