import { intersectSets, readIntervalSet } from './internal.js'
import type { IntervalSet } from './types.js'

/**
 * Returns the instants in both `a` and `b` as a canonical set.
 *
 * Half-open: intervals that only touch share no instant (`[0, 5)` ∩ `[5, 9)` is empty).
 * Inputs need not be canonical; one that is not is normalised first. O(n + m) for canonical
 * inputs.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `a` or `b`) when an input is not an array;
 *   `INVALID_INTERVAL` when an element is not an object, lacks a field or ends before it
 *   starts (path `a[2]`, `b[0].end`); `INVALID_INSTANT` when a field is not an integer within
 *   ±8.64e15 (path `b[1].start`).
 *
 * @example
 * intersectIntervals([{ start: 0, end: 5 }], [{ start: 5, end: 9 }]) // []: touching only
 * @example
 * intersectIntervals([{ start: 0, end: 10 }], [{ start: 2, end: 3 }, { start: 8, end: 12 }])
 * // [{ start: 2, end: 3 }, { start: 8, end: 10 }]
 */
export function intersectIntervals(a: IntervalSet, b: IntervalSet): IntervalSet {
  return intersectSets(readIntervalSet(a, 'a'), readIntervalSet(b, 'b'))
}
