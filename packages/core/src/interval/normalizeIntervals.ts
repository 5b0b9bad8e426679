import { checkArray, normalizeIntervalList } from './internal.js'
import type { Interval, IntervalSet } from './types.js'

/**
 * Validates a list of intervals and returns the canonical set of the instants they cover.
 *
 * Empty intervals (`start === end`) are dropped; the rest are sorted by start (no sort when
 * they already are) and overlapping or touching ones merged: intervals are half-open, so
 * `[0, 5)` and `[5, 9)` become `[0, 9)`. `-0` is read as `0`. Always a fresh array; O(n) for
 * a sorted list, O(n log n) otherwise.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` at `path` (default `intervals`) when it is not
 *   an array; `INVALID_INTERVAL` when an element is not an object (`intervals[2]`), lacks a
 *   field (`intervals[2].end`) or ends before it starts (`intervals[2].end`);
 *   `INVALID_INSTANT` when a field is not an integer within ±8.64e15 (`intervals[2].start`).
 *
 * @example
 * normalizeIntervals([{ start: 5, end: 9 }, { start: 0, end: 5 }]) // [{ start: 0, end: 9 }]
 * @example
 * normalizeIntervals([{ start: 3, end: 3 }]) // []: empty intervals vanish
 * @example
 * normalizeIntervals([{ start: 9, end: 5 }]) // throws INVALID_INTERVAL at 'intervals[0].end'
 */
export function normalizeIntervals(intervals: readonly Interval[], path = 'intervals'): IntervalSet {
  checkArray(intervals, path)
  return normalizeIntervalList(intervals, path)
}
