import { complementSet, readInterval, readIntervalSet } from './internal.js'
import type { Interval, IntervalSet } from './types.js'

/**
 * Returns the gaps of `set` within `window` (`window − set`) as a canonical set.
 *
 * Half-open: a set interval ending at the window's start leaves the whole window free. An
 * empty set gives the window itself; an empty window gives `[]`. `set` need not be
 * canonical. O(log n + k) for a canonical set, k the number of gaps.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `set`) when `set` is not an array;
 *   `INVALID_INTERVAL` when `window` or an element is not an object, lacks a field or ends
 *   before it starts (path `window.end`, `set[2]`); `INVALID_INSTANT` when a field is not an
 *   integer within ±8.64e15 (path `window.start`, `set[1].start`).
 *
 * @example
 * complementIntervals([], { start: 0, end: 9 }) // [{ start: 0, end: 9 }]
 * @example
 * complementIntervals([{ start: 2, end: 4 }], { start: 0, end: 9 })
 * // [{ start: 0, end: 2 }, { start: 4, end: 9 }]
 */
export function complementIntervals(set: IntervalSet, window: Interval): IntervalSet {
  const canonical = readIntervalSet(set, 'set')
  const { start, end } = readInterval(window, 'window')
  return complementSet(canonical, start, end)
}
