import { fail, readArray } from '../internal/read.js'
import { readInterval } from '../interval/internal.js'
import type { Interval } from '../interval/types.js'
import { compileBusy, readEvent } from './compileBusy.js'
import type { BusyEvent, Conflict } from './types.js'

/** Most events {@link findConflicts} accepts in one call. */
const MAX_EVENTS = 1_000_000

/**
 * Every group of overlapping events, by a sweep over events sorted by start: O(n log n).
 *
 * A group is a maximal chain in which each event overlaps an earlier one; events that only
 * touch (`end === start`) do not overlap, and empty events overlap nothing. Buffers and
 * softness are ignored: this reports the calendar as it is. With a `window`, recurring
 * events are expanded inside it (and `replaces` applies), and only instances that overlap
 * the window are considered; without one, a recurring event stands for its first instance.
 * @throws SlotwiseError `INVALID_EVENT`, `INVALID_INTERVAL`, `INVALID_INSTANT`, `TOO_MANY_EVENTS`,
 *   and the recurrence codes when a window is given.
 * @example
 * findConflicts([
 *   { id: 'a', start: 0, end: 10 },
 *   { id: 'b', start: 5, end: 20 },
 *   { id: 'c', start: 20, end: 30 },
 * ]) // [{ start: 0, end: 20, eventIds: ['a', 'b'] }]
 */
export function findConflicts(events: readonly BusyEvent[], window?: Interval): Conflict[] {
  const list = readArray(events, 'INVALID_EVENT', 'events', false)
  if (list.length > MAX_EVENTS) fail('TOO_MANY_EVENTS', 'events', list, `at most ${MAX_EVENTS} events`)
  let instances =
    window === undefined
      ? list.map((event, i) => readEvent(event, `events[${i}]`))
      : compileBusy(list, 'events', readInterval(window, 'window').start, window.end, MAX_EVENTS).filter(
          (event) => event.start < window.end && event.end > window.start,
        )
  instances = instances
    .filter((event) => event.end > event.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const conflicts: Conflict[] = []
  let group: string[] = []
  let groupStart = 0
  let groupEnd = Number.NEGATIVE_INFINITY
  for (const event of instances) {
    if (event.start < groupEnd) {
      group.push(event.id)
      if (event.end > groupEnd) groupEnd = event.end
      continue
    }
    if (group.length > 1) conflicts.push({ start: groupStart, end: groupEnd, eventIds: group })
    group = [event.id]
    groupStart = event.start
    groupEnd = event.end
  }
  if (group.length > 1) conflicts.push({ start: groupStart, end: groupEnd, eventIds: group })
  return conflicts
}
