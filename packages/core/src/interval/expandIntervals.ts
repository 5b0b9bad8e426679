import { expandSet, readDuration, readIntervalSet } from './internal.js'
import type { IntervalSet } from './types.js'

/**
 * Grows every interval of `set` to `[start − before, end + after)` (buffers around busy
 * time) and returns the canonical result, merging intervals that come to overlap or touch.
 *
 * `set` is normalised first, so empty intervals vanish instead of growing into
 * `before + after`-long ones. Grown instants are clamped to ±8.64e15, the valid range.
 * O(n) for a canonical set.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `set`, `before` or `after`) when `set` is
 *   not an array or a buffer is not a non-negative integer of milliseconds;
 *   `INVALID_INTERVAL` when an element is not an object, lacks a field or ends before it
 *   starts (path `set[2]`, `set[0].end`); `INVALID_INSTANT` when a field is not an integer
 *   within ±8.64e15 (path `set[1].start`).
 *
 * @example
 * expandIntervals([{ start: 10, end: 20 }, { start: 25, end: 30 }], 5, 0)
 * // [{ start: 5, end: 30 }]: the gap closed
 * @example
 * expandIntervals([{ start: 10, end: 10 }], 5, 5) // []: empty intervals do not grow
 * @example
 * expandIntervals([{ start: 8.64e15 - 1, end: 8.64e15 }], 0, 10) // [{ start: 8.64e15 - 1, end: 8.64e15 }]
 */
export function expandIntervals(set: IntervalSet, before: number, after: number): IntervalSet {
  const canonical = readIntervalSet(set, 'set')
  return expandSet(canonical, readDuration(before, 'before'), readDuration(after, 'after'))
}
