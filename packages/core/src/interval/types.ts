/**
 * A moment in time as integer epoch milliseconds (UTC), within ±8.64e15 (the range of
 * `Date`). `-0` is accepted and read as `0`.
 */
export type Instant = number

/**
 * The half-open span `[start, end)`: it contains `start` and stops just before `end`.
 * `start === end` is valid but empty (it vanishes from sets); `start > end` is invalid.
 */
export interface Interval {
  readonly start: Instant
  readonly end: Instant
}

/**
 * A list of intervals. Every function in `interval/` returns it canonical: sorted by
 * start, disjoint, non-adjacent (touching intervals are merged) and free of empty
 * intervals. Functions that take one accept any valid list and normalise it first.
 */
export type IntervalSet = readonly Interval[]
