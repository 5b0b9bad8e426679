import { isSetOverlapping, readInterval, readIntervalSet } from './internal.js'
import type { Interval, IntervalSet } from './types.js'

/**
 * True when `set` shares at least one instant with `interval`, by binary search.
 *
 * Half-open: touching is not overlapping, and an empty `interval` overlaps nothing. O(log n)
 * for a canonical set (a set that is not canonical is normalised first, O(n log n)).
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `set`) when `set` is not an array;
 *   `INVALID_INTERVAL` when `interval` or an element is not an object, lacks a field or ends
 *   before it starts (path `interval.end`, `set[2]`); `INVALID_INSTANT` when a field is not an
 *   integer within ±8.64e15 (path `interval.start`, `set[1].start`).
 *
 * @example
 * setOverlaps([{ start: 0, end: 5 }, { start: 9, end: 12 }], { start: 5, end: 9 }) // false
 * @example
 * setOverlaps([{ start: 0, end: 5 }], { start: 4, end: 6 }) // true
 */
export function setOverlaps(set: IntervalSet, interval: Interval): boolean {
  const canonical = readIntervalSet(set, 'set')
  const { start, end } = readInterval(interval, 'interval')
  return isSetOverlapping(canonical, start, end)
}
