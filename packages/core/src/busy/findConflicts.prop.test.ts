import { fc, test } from '@fast-check/vitest'
import { arbitraryCalendarEvents, arbitraryMutation, type TestBusyEvent } from '@slotwise/testkit'
import { describe, expect } from 'vitest'
import { isSlotwiseError } from '../SlotwiseError.js'
import { findConflicts } from './findConflicts.js'
import type { BusyEvent, Conflict } from './types.js'

/**
 * The quadratic reference: connected components (of two or more events) of the graph whose
 * edges join events that overlap; touching is not overlapping and empty events are ignored.
 * Each component spans its earliest start to its latest end and lists its ids by start, then
 * end, then input order; components come in order of start.
 */
function referenceConflicts(events: readonly TestBusyEvent[]): Conflict[] {
  const live = events.map((event, index) => ({ ...event, index })).filter((event) => event.end > event.start)
  const component = live.map((_, i) => i)
  const find = (i: number): number => (component[i] === i ? i : find(component[i]!))
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      if (live[i]!.start < live[j]!.end && live[j]!.start < live[i]!.end) component[find(i)] = find(j)
    }
  }
  const groups = new Map<number, typeof live>()
  live.forEach((event, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), event])
  })
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      group.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index)
      return {
        start: group[0]!.start,
        end: Math.max(...group.map((event) => event.end)),
        eventIds: group.map((event) => event.id),
      }
    })
    .sort((a, b) => a.start - b.start)
}

describe('findConflicts', () => {
  test.prop({ events: arbitraryCalendarEvents() })(
    'findConflicts agrees with the connected components of the overlap graph',
    ({ events }) => {
      expect(findConflicts(events)).toStrictEqual(referenceConflicts(events))
    },
  )

  test.prop({ events: arbitraryCalendarEvents(), order: fc.array(fc.nat()) })(
    'findConflicts does not depend on the order of its input beyond ties',
    ({ events, order }) => {
      // Shuffle deterministically, then compare groups as sets of ids.
      const shuffled = [...events]
      order.forEach((pick, i) => {
        if (shuffled.length < 2) return
        const a = i % shuffled.length
        const b = pick % shuffled.length
        ;[shuffled[a], shuffled[b]] = [shuffled[b]!, shuffled[a]!]
      })
      const asSets = (conflicts: Conflict[]) =>
        conflicts.map(({ start, end, eventIds }) => ({ start, end, ids: [...eventIds].sort() }))
      expect(asSets(findConflicts(shuffled))).toStrictEqual(asSets(findConflicts(events)))
    },
  )

  const onlySlotwiseErrors = (call: () => unknown) => {
    try {
      call()
    } catch (error) {
      if (!isSlotwiseError(error)) throw error
    }
  }

  test.prop({ value: fc.oneof(fc.anything(), arbitraryCalendarEvents(4).chain(arbitraryMutation)) })(
    'findConflicts raises only SlotwiseError for anything, and for valid events with one field broken',
    ({ value }) => {
      onlySlotwiseErrors(() => findConflicts(value as BusyEvent[]))
    },
  )
})
