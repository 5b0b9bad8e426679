// Example tests of `findConflicts`: groups of overlapping events in a calendar, found by a
// sweep line. Intervals are half-open, so touching events do not conflict.
import { describe, expect, test } from 'vitest'
import type { BusyEvent } from '../index.js'
import { findConflicts, isSlotwiseError } from '../index.js'

const MINUTE = 60_000
/** An event from `start` to `end` minutes after the epoch. */
const event = (id: string, start: number, end: number, extra: Partial<BusyEvent> = {}): BusyEvent => ({
  id,
  start: start * MINUTE,
  end: end * MINUTE,
  ...extra,
})

describe('findConflicts', () => {
  test('no events, no conflicts', () => {
    expect(findConflicts([])).toEqual([])
  })

  test('two overlapping events make one group spanning both', () => {
    expect(findConflicts([event('a', 0, 30), event('b', 15, 45)])).toEqual([
      { start: 0, end: 45 * MINUTE, eventIds: ['a', 'b'] },
    ])
  })

  test('events that only touch do not conflict', () => {
    expect(findConflicts([event('a', 0, 30), event('b', 30, 60), event('c', 60, 90)])).toEqual([])
  })

  test('a chain merges: a overlaps b, b overlaps c, so all three are one group even though a and c do not meet', () => {
    expect(findConflicts([event('a', 0, 30), event('b', 20, 50), event('c', 40, 70)])).toEqual([
      { start: 0, end: 70 * MINUTE, eventIds: ['a', 'b', 'c'] },
    ])
  })

  test('a long event holds later ones in its group', () => {
    expect(findConflicts([event('day', 0, 480), event('x', 60, 90), event('y', 300, 330)])).toEqual([
      { start: 0, end: 480 * MINUTE, eventIds: ['day', 'x', 'y'] },
    ])
  })

  test('separate groups come out in time order, whatever the input order', () => {
    expect(
      findConflicts([
        event('late2', 125, 140),
        event('early2', 10, 20),
        event('early1', 0, 15),
        event('late1', 120, 130),
        event('alone', 60, 70),
      ]),
    ).toEqual([
      { start: 0, end: 20 * MINUTE, eventIds: ['early1', 'early2'] },
      { start: 120 * MINUTE, end: 140 * MINUTE, eventIds: ['late1', 'late2'] },
    ])
  })

  test('ids in a group are ordered by start, then end', () => {
    expect(findConflicts([event('long', 0, 60), event('short', 0, 10), event('mid', 5, 20)])).toEqual([
      { start: 0, end: 60 * MINUTE, eventIds: ['short', 'long', 'mid'] },
    ])
  })

  test('identical events conflict with each other', () => {
    expect(findConflicts([event('a', 0, 30), event('b', 0, 30)])).toEqual([
      { start: 0, end: 30 * MINUTE, eventIds: ['a', 'b'] },
    ])
  })

  test('empty events are ignored, even inside another event', () => {
    expect(findConflicts([event('a', 0, 30), event('marker', 10, 10)])).toEqual([])
    expect(findConflicts([event('a', 0, 30), event('marker', 10, 10), event('b', 20, 40)])).toEqual([
      { start: 0, end: 40 * MINUTE, eventIds: ['a', 'b'] },
    ])
  })

  test('buffers and softness are ignored: the calendar as it is', () => {
    const events = [
      event('a', 0, 30, { bufferAfterMinutes: 30, soft: true }),
      event('b', 40, 60, { bufferBeforeMinutes: 30 }),
    ]
    expect(findConflicts(events)).toEqual([])
  })

  test('bad events raise SlotwiseError with the path of the field', () => {
    const failure = (events: unknown) => {
      try {
        findConflicts(events as BusyEvent[])
      } catch (error) {
        if (isSlotwiseError(error)) return [error.code, error.path]
      }
      return undefined
    }
    expect(failure([event('a', 0, 30), { id: 'b', start: 1.5, end: 60 }])).toEqual([
      'INVALID_INSTANT',
      'events[1].start',
    ])
    expect(failure([{ id: 'a', start: 60, end: 0 }])).toEqual(['INVALID_INTERVAL', 'events[0].end'])
    expect(failure([{ start: 0, end: 60 }])).toEqual(['INVALID_EVENT', 'events[0].id'])
    expect(failure([null])).toEqual(['INVALID_EVENT', 'events[0]'])
    expect(failure('not a list')).toEqual(['INVALID_EVENT', 'events'])
  })
})

describe('findConflicts over a window expands recurring events', () => {
  const day = 86_400_000
  const weekly = {
    id: 'sync',
    start: Date.UTC(2026, 2, 2, 15),
    end: Date.UTC(2026, 2, 2, 16),
    recurrence: { rrule: 'FREQ=WEEKLY', timeZone: 'America/New_York' },
  }
  // 10:00 New York on 2026-03-09 is 14:00 UTC (EDT from 2026-03-08).
  const clash = { id: 'demo', start: Date.UTC(2026, 2, 9, 14, 30), end: Date.UTC(2026, 2, 9, 15, 30) }

  test('an instance that is not the first one conflicts, in its own wall-clock time', () => {
    const window = { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 2, 1) + 14 * day }
    expect(findConflicts([weekly, clash], window)).toEqual([
      { start: Date.UTC(2026, 2, 9, 14), end: Date.UTC(2026, 2, 9, 15, 30), eventIds: ['sync', 'demo'] },
    ])
  })

  test('without a window the recurring event stands for its first instance only', () => {
    expect(findConflicts([weekly, clash])).toEqual([])
  })

  test('a replaced instance no longer conflicts', () => {
    const moved = {
      id: 'sync-moved',
      start: Date.UTC(2026, 2, 9, 18),
      end: Date.UTC(2026, 2, 9, 19),
      replaces: { eventId: 'sync', start: Date.UTC(2026, 2, 9, 14) },
    }
    const window = { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 2, 1) + 14 * day }
    expect(findConflicts([weekly, clash, moved], window)).toEqual([])
  })
})
