import { readInterval } from './internal.js'
import type { Interval } from './types.js'

/**
 * True when every instant of `inner` is in `outer` (`inner ⊆ outer`).
 *
 * Half-open: `[0, 9)` covers `[5, 9)` but not `[5, 10)`. An empty `inner` has no instants,
 * so anything covers it, even an empty `outer` elsewhere.
 *
 * @throws {SlotwiseError} `INVALID_INTERVAL` when `outer` or `inner` is not an object, lacks
 *   a field or ends before it starts (path `outer`, `inner.end`); `INVALID_INSTANT` when a
 *   field is not an integer within ±8.64e15 (path `inner.start`).
 *
 * @example
 * intervalCovers({ start: 0, end: 9 }, { start: 5, end: 9 }) // true
 * @example
 * intervalCovers({ start: 0, end: 9 }, { start: 5, end: 10 }) // false
 * @example
 * intervalCovers({ start: 0, end: 0 }, { start: 20, end: 20 }) // true: an empty inner
 */
export function intervalCovers(outer: Interval, inner: Interval): boolean {
  const container = readInterval(outer, 'outer')
  const contained = readInterval(inner, 'inner')
  return (
    contained.start === contained.end ||
    (container.start <= contained.start && contained.end <= container.end)
  )
}
