// Busy events arrive in any order: by day with random times (most calendars), wholly
// sorted, or reversed. compileBusy sorts them by start then end, keeping the input order of
// equal events, and the per-date `busy` lists of availability() follow that order.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { availability, type BusyEvent } from '../index.js'
import { compileBusy } from './compileBusy.js'

const HOUR = 3_600_000
const MONDAY = Date.UTC(2024, 2, 11)

const sortedCopy = (events: readonly BusyEvent[]) =>
  events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.start - b.event.start || a.event.end - b.event.end || a.index - b.index)
    .map(({ event }) => event.id)

// 100 000 events: an insertion sort that never handed over to the library sort would make
// five billion moves here, where the test takes a fraction of a second.
test('a reversed list of 100 000 events comes out sorted, equal events in input order', () => {
  const events: BusyEvent[] = []
  for (let i = 0; i < 100_000; i++) {
    const start = MONDAY + Math.floor((100_000 - i) / 2) * 60_000
    events.push({ id: `e${i}`, start, end: start + HOUR })
  }
  expect(compileBusy(events, 'busy', 0, 1, 100_000).map((event) => event.id)).toEqual(sortedCopy(events))
})

test('any order of events comes out sorted by start then end, ties in input order', () => {
  const event = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 5 }) })
  fc.assert(
    fc.property(fc.array(event, { maxLength: 300 }), (drawn) => {
      const events = drawn.map(({ start, length }, i) => ({
        id: `e${i}`,
        start: MONDAY + start * HOUR,
        end: MONDAY + (start + length) * HOUR,
      }))
      expect(compileBusy(events, 'busy', 0, 1, 10_000).map((e) => e.id)).toEqual(sortedCopy(events))
    }),
  )
})

test("a date's busy list follows start order whatever order the calendar came in", () => {
  const events: BusyEvent[] = [15, 9, 12, 9].map((hour, i) => ({
    id: `e${i}`,
    start: MONDAY + hour * HOUR,
    end: MONDAY + (hour + (i === 3 ? 2 : 1)) * HOUR,
  }))
  const result = availability({
    window: { from: '2024-03-11', to: '2024-03-11', timeZone: 'UTC' },
    now: 0,
    people: [
      {
        id: 'ana',
        schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '08:00', to: '18:00' }] } },
        busy: events,
      },
    ],
    policy: { durationMinutes: 60 },
  })
  expect(result.people[0]!.days[0]!.busy.map((busy) => busy.eventId)).toEqual(['e1', 'e3', 'e2', 'e0'])
})
