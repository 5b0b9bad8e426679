import { clampSet, readInterval, readIntervalSet } from './internal.js'
import type { Interval, IntervalSet } from './types.js'

/**
 * Returns the part of `set` inside `window` (`set ∩ window`) as a canonical set.
 *
 * Half-open: an interval that ends where the window starts is dropped; one that straddles a
 * window edge is cut at it. An empty window gives `[]`. `set` need not be canonical.
 * O(log n + k) for a canonical set, k the number of intervals kept.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `set`) when `set` is not an array;
 *   `INVALID_INTERVAL` when `window` or an element is not an object, lacks a field or ends
 *   before it starts (path `window.end`, `set[2]`); `INVALID_INSTANT` when a field is not an
 *   integer within ±8.64e15 (path `window.start`, `set[1].start`).
 *
 * @example
 * clampIntervals([{ start: 0, end: 5 }, { start: 7, end: 12 }], { start: 5, end: 10 })
 * // [{ start: 7, end: 10 }]
 * @example
 * clampIntervals([{ start: 0, end: 9 }], { start: 4, end: 4 }) // []
 */
export function clampIntervals(set: IntervalSet, window: Interval): IntervalSet {
  const canonical = readIntervalSet(set, 'set')
  const { start, end } = readInterval(window, 'window')
  return clampSet(canonical, start, end)
}
