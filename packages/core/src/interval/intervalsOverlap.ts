import { readInterval } from './internal.js'
import type { Interval } from './types.js'

/**
 * True when `x` and `y` share at least one instant.
 *
 * Half-open: intervals that only touch (`[0, 5)` and `[5, 9)`) do not overlap, and an empty
 * interval overlaps nothing, not even an interval around it.
 *
 * @throws {SlotwiseError} `INVALID_INTERVAL` when `x` or `y` is not an object, lacks a field
 *   or ends before it starts (path `x`, `y.end`); `INVALID_INSTANT` when a field is not an
 *   integer within ±8.64e15 (path `x.start`).
 *
 * @example
 * intervalsOverlap({ start: 0, end: 5 }, { start: 5, end: 9 }) // false: touching only
 * @example
 * intervalsOverlap({ start: 0, end: 9 }, { start: 4, end: 4 }) // false: empty
 */
export function intervalsOverlap(x: Interval, y: Interval): boolean {
  const first = readInterval(x, 'x')
  const second = readInterval(y, 'y')
  return Math.max(first.start, second.start) < Math.min(first.end, second.end)
}
