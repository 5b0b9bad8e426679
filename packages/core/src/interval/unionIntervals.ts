import { readIntervalSet, unionSets } from './internal.js'
import type { IntervalSet } from './types.js'

/**
 * Returns the instants in `a` or in `b` (or both) as one canonical set.
 *
 * Half-open: intervals that only touch merge (`[0, 5)` and `[5, 9)` give `[0, 9)`). Inputs
 * need not be canonical; one that is not is normalised first (empty intervals vanish).
 * O(n + m) for canonical inputs.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `a` or `b`) when an input is not an array;
 *   `INVALID_INTERVAL` when an element is not an object, lacks a field or ends before it
 *   starts (path `a[2]`, `b[0].end`); `INVALID_INSTANT` when a field is not an integer within
 *   ±8.64e15 (path `b[1].start`).
 *
 * @example
 * unionIntervals([{ start: 0, end: 5 }], [{ start: 5, end: 9 }]) // [{ start: 0, end: 9 }]
 * @example
 * unionIntervals([{ start: 0, end: 2 }], [{ start: 4, end: 4 }]) // [{ start: 0, end: 2 }]
 */
export function unionIntervals(a: IntervalSet, b: IntervalSet): IntervalSet {
  return unionSets(readIntervalSet(a, 'a'), readIntervalSet(b, 'b'))
}
