import { readIntervalSet, subtractSets } from './internal.js'
import type { IntervalSet } from './types.js'

/**
 * Returns the instants of `a` that are not in `b` (`a − b`) as a canonical set.
 *
 * Half-open: removing `[3, 5)` from `[0, 9)` keeps `[0, 3)` and `[5, 9)`, so instant 5 stays.
 * An interval of `a` may split into several pieces. Inputs need not be canonical; one that
 * is not is normalised first. O(n + m) for canonical inputs.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `a` or `b`) when an input is not an array;
 *   `INVALID_INTERVAL` when an element is not an object, lacks a field or ends before it
 *   starts (path `a[2]`, `b[0].end`); `INVALID_INSTANT` when a field is not an integer within
 *   ±8.64e15 (path `b[1].start`).
 *
 * @example
 * subtractIntervals([{ start: 0, end: 9 }], [{ start: 3, end: 5 }])
 * // [{ start: 0, end: 3 }, { start: 5, end: 9 }]
 * @example
 * subtractIntervals([{ start: 0, end: 9 }], [{ start: 9, end: 12 }]) // [{ start: 0, end: 9 }]: touching removes nothing
 */
export function subtractIntervals(a: IntervalSet, b: IntervalSet): IntervalSet {
  return subtractSets(readIntervalSet(a, 'a'), readIntervalSet(b, 'b'))
}
