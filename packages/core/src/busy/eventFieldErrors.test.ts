// A malformed busy event is refused with INVALID_EVENT (or the instant and interval codes) at
// the path of the offending field, whichever entry point reads it: availability() and
// findConflicts() with or without a window. The paths are built by hand from the input.
import { codeAndPathOf } from '@slotwise/testkit'
import { describe, expect, test } from 'vitest'
import { availability, findConflicts } from '../index.js'

const START = Date.UTC(2024, 2, 11, 10)
const END = Date.UTC(2024, 2, 11, 11)
const WINDOW = { start: Date.UTC(2024, 2, 11), end: Date.UTC(2024, 2, 12) }

function availabilityWith(busy: unknown[], caps?: Record<string, number>) {
  return () =>
    availability({
      window: WINDOW,
      now: 0,
      people: [{ id: 'ana', schedule: { timeZone: 'UTC', weekly: {} }, busy: busy as never }],
      policy: { durationMinutes: 60 },
      ...(caps === undefined ? {} : { caps }),
    })
}

/** A valid event with one field replaced. */
const eventWith = (fields: Record<string, unknown>) => ({ id: 'e', start: START, end: END, ...fields })

const BROKEN: ReadonlyArray<readonly [Record<string, unknown>, string, string]> = [
  [{ id: '' }, 'INVALID_EVENT', 'id'],
  [{ id: 7 }, 'INVALID_EVENT', 'id'],
  [{ soft: 'yes' }, 'INVALID_EVENT', 'soft'],
  [{ eventType: 5 }, 'INVALID_EVENT', 'eventType'],
  [{ eventType: '' }, 'INVALID_EVENT', 'eventType'],
  [{ bufferBeforeMinutes: -1 }, 'INVALID_EVENT', 'bufferBeforeMinutes'],
  [{ bufferBeforeMinutes: 1.5 }, 'INVALID_EVENT', 'bufferBeforeMinutes'],
  // One week is the longest buffer: 7 × 24 × 60 = 10 080 minutes.
  [{ bufferBeforeMinutes: 10_081 }, 'INVALID_EVENT', 'bufferBeforeMinutes'],
  [{ bufferAfterMinutes: 10_081 }, 'INVALID_EVENT', 'bufferAfterMinutes'],
  [{ bufferAfterMinutes: '5' }, 'INVALID_EVENT', 'bufferAfterMinutes'],
]

describe('a busy event with one bad field is refused at that field', () => {
  test.each(BROKEN)('availability, %j: %s', (fields, code, field) => {
    expect(codeAndPathOf(availabilityWith([eventWith({}), eventWith(fields)]))).toEqual({
      code,
      path: `people[0].busy[1].${field}`,
    })
  })

  test.each(BROKEN)('findConflicts with a window, %j: %s', (fields, code, field) => {
    expect(codeAndPathOf(() => findConflicts([eventWith(fields)] as never, WINDOW))).toEqual({
      code,
      path: `events[0].${field}`,
    })
  })

  test.each(BROKEN)('findConflicts without a window, %j: %s', (fields, code, field) => {
    expect(codeAndPathOf(() => findConflicts([eventWith({}), eventWith(fields)] as never))).toEqual({
      code,
      path: `events[1].${field}`,
    })
  })
})

describe('entries that are not events, and references that are not instants', () => {
  test.each([null, 'e', 7, [1, 2]])('a busy entry %j is refused at its index', (entry) => {
    expect(codeAndPathOf(availabilityWith([eventWith({}), entry]))).toEqual({
      code: 'INVALID_EVENT',
      path: 'people[0].busy[1]',
    })
  })

  test('a replacement whose replaced start is not an instant is refused at replaces.start', () => {
    const moved = eventWith({ id: 'moved', replaces: { eventId: 'e', start: '10:00' } })
    expect(codeAndPathOf(availabilityWith([eventWith({}), moved]))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'people[0].busy[1].replaces.start',
    })
  })
})

describe('limits that hold exactly at the boundary', () => {
  test('a buffer of exactly one week, and of zero, is accepted', () => {
    const busy = [eventWith({ bufferBeforeMinutes: 10_080, bufferAfterMinutes: 0 })]
    expect(codeAndPathOf(availabilityWith(busy))).toBeUndefined()
  })

  test('ids and event types up to caps.maxTextLength are accepted, one more character is not', () => {
    const caps = { maxTextLength: 4 }
    expect(
      codeAndPathOf(availabilityWith([eventWith({ id: 'abcd', eventType: 'call' })], caps)),
    ).toBeUndefined()
    expect(codeAndPathOf(availabilityWith([eventWith({ id: 'abcde' })], caps))).toEqual({
      code: 'TEXT_TOO_LONG',
      path: 'people[0].busy[0].id',
    })
    expect(codeAndPathOf(availabilityWith([eventWith({ eventType: 'calls' })], caps))).toEqual({
      code: 'TEXT_TOO_LONG',
      path: 'people[0].busy[0].eventType',
    })
  })

  test('an event that ends before it starts is refused; an empty one is not', () => {
    expect(codeAndPathOf(availabilityWith([eventWith({ end: START - 1 })]))?.code).toBe('INVALID_INTERVAL')
    expect(codeAndPathOf(availabilityWith([eventWith({ end: START })]))).toBeUndefined()
  })
})

describe('buffers of a valid event are minutes', () => {
  test("an event's buffers widen only the time it blocks, by its own minutes", () => {
    // Hours 09:00–17:00; a 10:00–11:00 event with 30 minutes before and 60 after blocks
    // 09:30–12:00, so the hourly slots left start at 12:00 (09:00–10:00 reaches 09:30).
    const result = availability({
      window: WINDOW,
      now: 0,
      people: [
        {
          id: 'ana',
          schedule: { timeZone: 'UTC', weekly: { monday: [{ from: '09:00', to: '17:00' }] } },
          busy: [eventWith({ bufferBeforeMinutes: 30, bufferAfterMinutes: 60 })],
        },
      ],
      policy: { durationMinutes: 60 },
    })
    const hours = result.people[0]!.days[0]!.slots.map((slot) => new Date(slot.start).getUTCHours())
    expect(hours).toEqual([12, 13, 14, 15, 16])
  })
})
