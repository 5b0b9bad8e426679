import { isCanonicalList } from './internal.js'
import type { IntervalSet } from './types.js'

/**
 * True when `value` is an interval set in canonical form: an array of valid intervals,
 * sorted by start, disjoint, non-adjacent (`[0, 5)` then `[5, 9)` is not canonical: they
 * touch) and non-empty, with no `-0` (normalisation writes it as `0`). Exactly the lists that
 * {@link normalizeIntervals} returns unchanged. O(n).
 *
 * Never throws: anything that is not an array of valid intervals is simply not canonical.
 *
 * @example
 * isCanonical([{ start: 0, end: 5 }, { start: 6, end: 9 }]) // true
 * @example
 * isCanonical([{ start: 0, end: 5 }, { start: 5, end: 9 }]) // false: they touch
 * @example
 * isCanonical([{ start: 3, end: 3 }]) // false: empty intervals vanish from sets
 */
export function isCanonical(value: unknown): value is IntervalSet {
  return Array.isArray(value) && isCanonicalList(value)
}
