import { measureSet, readIntervalSet } from './internal.js'
import type { IntervalSet } from './types.js'

/**
 * Returns how many milliseconds `set` covers, each instant counted once.
 *
 * The set is normalised first, so overlapping intervals are not counted twice. Exact up to
 * 2^53 ms (about 285,000 years), beyond that rounded like any double.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` (path `set`) when `set` is not an array;
 *   `INVALID_INTERVAL` when an element is not an object, lacks a field or ends before it
 *   starts (path `set[2]`, `set[0].end`); `INVALID_INSTANT` when a field is not an integer
 *   within ±8.64e15 (path `set[1].start`).
 *
 * @example
 * totalLength([{ start: 0, end: 10 }, { start: 5, end: 15 }]) // 15, not 20
 * @example
 * totalLength([]) // 0
 */
export function totalLength(set: IntervalSet): number {
  return measureSet(readIntervalSet(set, 'set'))
}
