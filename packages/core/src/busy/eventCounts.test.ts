// Busy events are counted after recurring ones expand, against caps.maxEventsPerPerson, and
// findConflicts takes at most a million events; an event whose buffer reaches past the last
// representable instant is refused rather than silently clipped.
import { codeAndPathOf } from '@slotwise/testkit'
import { expect, test } from 'vitest'
import { availability, findConflicts } from '../index.js'

const HOUR = 3_600_000
const MONDAY = Date.UTC(2024, 2, 11)

function availabilityWith(busy: unknown[], maxEventsPerPerson?: number) {
  return () =>
    availability({
      window: { start: MONDAY, end: MONDAY + 7 * 24 * HOUR },
      now: 0,
      people: [{ id: 'ana', schedule: { timeZone: 'UTC', weekly: {} }, busy: busy as never }],
      policy: { durationMinutes: 60 },
      ...(maxEventsPerPerson === undefined ? {} : { caps: { maxEventsPerPerson } }),
    })
}

test('a recurring event counts once per instance, against caps.maxEventsPerPerson', () => {
  // Six single events and a daily event with COUNT=n: 6 + n instances, whatever the list length.
  const singles = Array.from({ length: 6 }, (_, i) => ({
    id: `single-${i}`,
    start: MONDAY + (9 + i) * HOUR,
    end: MONDAY + (10 + i) * HOUR,
  }))
  const daily = (count: number) => ({
    id: 'standup',
    start: MONDAY + 8 * HOUR,
    end: MONDAY + 9 * HOUR,
    recurrence: { rrule: `FREQ=DAILY;COUNT=${count}`, timeZone: 'UTC' },
  })
  expect(codeAndPathOf(availabilityWith([...singles, daily(4)], 10))).toBeUndefined()
  expect(codeAndPathOf(availabilityWith([...singles, daily(5)], 10))).toEqual({
    code: 'TOO_MANY_EVENTS',
    path: 'people[0].busy',
  })
})

test('findConflicts takes a million events and refuses one more', () => {
  const events = new Array(1_000_001).fill(null)
  expect(codeAndPathOf(() => findConflicts(events))).toEqual({ code: 'TOO_MANY_EVENTS', path: 'events' })
  // A million is still read: the first bad entry is what fails then.
  expect(codeAndPathOf(() => findConflicts(events.slice(1)))).toEqual({
    code: 'INVALID_EVENT',
    path: 'events[0]',
  })
})

test('buffers that reach past the last or first representable instant are refused', () => {
  const last = 8.64e15
  const late = { id: 'late', start: last - 1000, end: last, bufferAfterMinutes: 60 }
  expect(codeAndPathOf(availabilityWith([late]))?.code).toBe('INVALID_INSTANT')
  const early = { id: 'early', start: -last, end: -last + 1000, bufferBeforeMinutes: 60 }
  expect(codeAndPathOf(availabilityWith([early]))?.code).toBe('INVALID_INSTANT')
  // Without the buffer the same events are fine.
  expect(codeAndPathOf(availabilityWith([{ ...late, bufferAfterMinutes: 0 }]))).toBeUndefined()
})

test('exactly caps.maxEventsPerPerson listed events are accepted, one more is refused', () => {
  const events = Array.from({ length: 11 }, (_, i) => ({
    id: `e${i}`,
    start: MONDAY + i * HOUR,
    end: MONDAY + (i + 1) * HOUR,
  }))
  expect(codeAndPathOf(availabilityWith(events.slice(0, 10), 10))).toBeUndefined()
  expect(codeAndPathOf(availabilityWith(events, 10))).toEqual({
    code: 'TOO_MANY_EVENTS',
    path: 'people[0].busy',
  })
})

test('an event starting or ending at -0 is reported at 0', () => {
  // -0 is a valid instant (the epoch) but must not leak into answers: Object.is tells them apart.
  const result = availability({
    window: { start: 0, end: 24 * HOUR },
    now: 0,
    people: [
      { id: 'ana', schedule: { timeZone: 'UTC', weekly: {} }, busy: [{ id: 'e', start: -0, end: HOUR }] },
    ],
    policy: { durationMinutes: 60 },
  })
  const busy = result.people[0]!.days.flatMap((day) => day.busy)
  expect(busy).toHaveLength(1)
  expect(Object.is(busy[0]!.start, 0)).toBe(true)
  const conflicts = findConflicts(
    [
      { id: 'a', start: -0, end: HOUR },
      { id: 'b', start: -0, end: HOUR },
    ],
    { start: 0, end: HOUR },
  )
  expect(conflicts).toHaveLength(1)
  expect(Object.is(conflicts[0]!.start, 0)).toBe(true)
})
