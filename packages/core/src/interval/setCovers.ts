import { isSetCovering, readInterval, readIntervalSet } from './internal.js'
import type { Interval, IntervalSet } from './types.js'

/**
 * True when every instant of `interval` is in `set`, by binary search.
 *
 * Intervals of a list that touch count as one (`[0, 5)` and `[5, 9)` cover `[3, 7)`). An
 * empty `interval` is covered by any set, even `[]`. O(log n) for a canonical set (a set
 * that is not canonical is normalised first, O(n log n)).
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `set`) when `set` is not an array;
 *   `INVALID_INTERVAL` when `interval` or an element is not an object, lacks a field or ends
 *   before it starts (path `interval.end`, `set[2]`); `INVALID_INSTANT` when a field is not an
 *   integer within ±8.64e15 (path `interval.start`, `set[1].start`).
 *
 * @example
 * setCovers([{ start: 0, end: 5 }, { start: 5, end: 9 }], { start: 3, end: 7 }) // true
 * @example
 * setCovers([{ start: 0, end: 5 }], { start: 3, end: 6 }) // false
 * @example
 * setCovers([], { start: 4, end: 4 }) // true: an empty interval
 */
export function setCovers(set: IntervalSet, interval: Interval): boolean {
  const canonical = readIntervalSet(set, 'set')
  const { start, end } = readInterval(interval, 'interval')
  return isSetCovering(canonical, start, end)
}
