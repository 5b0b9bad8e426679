// The engine's fast paths for interval sets. Not exported from the package.
//
// Two kinds of function live here:
// - readers (`readInstant`, `readInterval`, `readIntervalSet`, `normalizeIntervalList`) take
//   untrusted input, throw SlotwiseError with a path, and return trusted values;
// - set operations (`unionSets`, `subtractSets`, ...) trust their inputs to be canonical
//   (see IntervalSet) and skip every check. Each returns a fresh array of fresh objects.
// The public functions of this folder are one reader call plus one set operation.

import { fail, isIntegerIn } from '../internal/read.js'
import type { Instant, Interval, IntervalSet } from './types.js'

/** The earliest valid instant: the lower limit of `Date`, 271821-04-20T00:00Z. */
export const MIN_INSTANT: Instant = -8.64e15
/** The latest valid instant: the upper limit of `Date`, 275760-09-13T00:00Z. */
export const MAX_INSTANT: Instant = 8.64e15

// Outputs are built from these and handed out as readonly Interval.
interface MutableInterval {
  start: Instant
  end: Instant
}

interface IntervalFields {
  readonly start?: unknown
  readonly end?: unknown
}

const EXPECTED_INSTANT = 'an integer number of epoch milliseconds within ±8.64e15'

/** True for an integer within ±8.64e15 (so never NaN, ±Infinity, a fraction or a non-number). */
export function isInstant(value: unknown): value is Instant {
  return isIntegerIn(value, MIN_INSTANT, MAX_INSTANT)
}

// Paths are built only when an error is thrown, so that valid lists cost no strings.
function elementPath(path: string, index: number): string {
  return index < 0 ? path : `${path}[${index}]`
}

function readField(holder: IntervalFields, key: 'start' | 'end', path: string, index: number): Instant {
  const value = holder[key]
  if (!isInstant(value)) {
    // A missing field makes the interval invalid; a present but bad one is a bad instant.
    fail(
      value === undefined ? 'INVALID_INTERVAL' : 'INVALID_INSTANT',
      `${elementPath(path, index)}.${key}`,
      value,
      EXPECTED_INSTANT,
    )
  }
  return value + 0 // + 0 turns -0 into 0
}

/**
 * Validates one interval, element `index` of the list at `path` (or the value at `path`
 * itself when `index` is -1), and returns a copy with `-0` read as `0`: written into `into`
 * when given (an object the caller had no use for), else a fresh one. Each field is read
 * once, so a getter cannot answer twice.
 */
function readIntervalAt(
  value: unknown,
  path: string,
  index: number,
  into?: MutableInterval,
): MutableInterval {
  if (typeof value !== 'object' || value === null) {
    fail('INVALID_INTERVAL', elementPath(path, index), value, 'an object with start and end instants')
  }
  const start = readField(value, 'start', path, index)
  const end = readField(value, 'end', path, index)
  if (end < start) {
    fail('INVALID_INTERVAL', `${elementPath(path, index)}.end`, end, `an instant not before start (${start})`)
  }
  if (into === undefined) return { start, end }
  into.start = start
  into.end = end
  return into
}

/**
 * Validates one interval and returns a fresh copy with `-0` read as `0`.
 *
 * @throws {SlotwiseError} `INVALID_INTERVAL` (not an object, a missing field at `path.start`
 *   or `path.end`, or an end before the start at `path.end`); `INVALID_INSTANT` (a field that
 *   is not an integer within ±8.64e15).
 */
export function readInterval(value: unknown, path: string): Interval {
  return readIntervalAt(value, path, -1)
}

/**
 * Validates a duration such as a buffer: a non-negative integer of milliseconds.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` at `path`.
 */
export function readDuration(value: unknown, path: string): number {
  if (!isIntegerIn(value, 0, Number.POSITIVE_INFINITY)) {
    fail('INVALID_ARGUMENT', path, value, 'a non-negative integer number of milliseconds')
  }
  return value + 0
}

/**
 * True when `list` is an array of valid intervals in canonical form: sorted, disjoint,
 * non-adjacent, non-empty, and without `-0` (which normalisation writes as `0`). O(n),
 * stops at the first offence, never throws.
 */
export function isCanonicalList(list: readonly unknown[]): boolean {
  let previousEnd = Number.NEGATIVE_INFINITY
  for (let index = 0; index < list.length; index++) {
    const item = list[index]
    if (typeof item !== 'object' || item === null) return false
    const start = (item as IntervalFields).start
    const end = (item as IntervalFields).end
    if (!isInstant(start) || !isInstant(end)) return false
    // start <= previousEnd catches overlap, touching and disorder at once.
    if (start >= end || start <= previousEnd || Object.is(start, -0) || Object.is(end, -0)) return false
    previousEnd = end
  }
  return true
}

function byStart(x: Interval, y: Interval): number {
  return x.start - y.start
}

/**
 * Validates every element of `list` and returns its canonical form, in one pass when the
 * list is already sorted by start (merging as it goes), else one pass, a sort of the output
 * and an in-place merge. Allocates nothing but the output (and one object in reserve).
 *
 * @throws {SlotwiseError} `INVALID_INTERVAL` / `INVALID_INSTANT` with paths like `path[3].end`.
 */
export function normalizeIntervalList(list: readonly unknown[], path: string): Interval[] {
  const out: MutableInterval[] = []
  let last: MutableInterval | undefined
  // The object of an element that was empty or merged, reused for the next one: a list that
  // merges as it goes allocates only what it returns.
  let spare: MutableInterval | undefined
  let sorted = true
  for (let index = 0; index < list.length; index++) {
    const interval = readIntervalAt(list[index], path, index, spare)
    spare = interval
    const { start, end } = interval
    if (start === end) continue
    if (sorted && last !== undefined) {
      if (start < last.start) {
        sorted = false
      } else if (start <= last.end) {
        if (end > last.end) last.end = end
        continue
      }
    }
    spare = undefined
    last = interval
    out.push(last)
  }
  if (sorted) return out
  out.sort(byStart)
  let kept = 0
  for (let index = 1; index < out.length; index++) {
    const current = out[index]!
    const target = out[kept]!
    if (current.start <= target.end) {
      if (current.end > target.end) target.end = current.end
    } else {
      kept++
      out[kept] = current
    }
  }
  out.length = kept + 1 // out is not empty here: an unsorted list has two elements
  return out
}

/**
 * Builds a canonical set from trusted spans (checked instants, start ≤ end) added one at a
 * time, with no check and no object per span: they are merged as they come while they come
 * sorted by start (a person's busy time and working days do), else sorted once at the end.
 * Empty spans vanish.
 */
export class SetBuilder {
  private readonly merged: MutableInterval[] = []
  /** Spans from the first one that came out of order on, kept as they are. */
  private readonly unsorted: Interval[] = []

  add(start: Instant, end: Instant): void {
    if (start === end) return
    const last = this.merged[this.merged.length - 1]
    if (this.unsorted.length > 0 || (last !== undefined && start < last.start)) {
      this.unsorted.push({ start, end })
    } else if (last === undefined || start > last.end) {
      this.merged.push({ start, end })
    } else if (end > last.end) {
      last.end = end
    }
  }

  /** The canonical set of every span added. */
  finish(): Interval[] {
    if (this.unsorted.length === 0) return this.merged
    const all = [...this.merged, ...this.unsorted].sort(byStart)
    const out: MutableInterval[] = []
    for (const x of all) {
      const last = out[out.length - 1]
      if (last === undefined || x.start > last.end) out.push({ start: x.start, end: x.end })
      else if (x.end > last.end) last.end = x.end
    }
    return out
  }
}

/**
 * Checks that a list of intervals is an array at all.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` at `path`.
 */
export function checkArray(value: unknown, path: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) fail('INVALID_ARGUMENT', path, value, 'an array of intervals')
}

/**
 * Validates a list of intervals and returns it canonical: `value` itself when it already is
 * (checked in O(n), no allocation), else its normalised copy.
 *
 * @throws {SlotwiseError} `INVALID_ARGUMENT` at `path` when `value` is not an array;
 *   `INVALID_INTERVAL` / `INVALID_INSTANT` at `path[i]...` for a bad element.
 */
export function readIntervalSet(value: unknown, path: string): IntervalSet {
  checkArray(value, path)
  return isCanonicalList(value) ? (value as IntervalSet) : normalizeIntervalList(value, path)
}

/** The index of the first interval of canonical `set` that ends after `instant` (`set.length` if none). O(log n). */
export function findFirstEndingAfter(set: IntervalSet, instant: Instant): number {
  let low = 0
  let high = set.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (set[middle]!.end <= instant) low = middle + 1
    else high = middle
  }
  return low
}

/** Canonical `a ∪ b`, by a linear merge of two canonical sets. */
export function unionSets(a: IntervalSet, b: IntervalSet): Interval[] {
  const out: MutableInterval[] = []
  let last: MutableInterval | undefined
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    let next: Interval
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) next = a[i++]!
    else next = b[j++]!
    if (last !== undefined && next.start <= last.end) {
      if (next.end > last.end) last.end = next.end
    } else {
      last = { start: next.start, end: next.end }
      out.push(last)
    }
  }
  return out
}

/**
 * Canonical `a ∩ b`, by a linear merge of two canonical sets. The pieces cannot touch:
 * two consecutive ones are separated by a gap of `a` or of `b`.
 */
export function intersectSets(a: IntervalSet, b: IntervalSet): Interval[] {
  const out: Interval[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    const start = Math.max(x.start, y.start)
    const end = Math.min(x.end, y.end)
    if (start < end) out.push({ start, end })
    if (x.end < y.end) i++
    else j++
  }
  return out
}

/** Canonical `a − b`, by a linear merge of two canonical sets. */
export function subtractSets(a: IntervalSet, b: IntervalSet): Interval[] {
  const out: Interval[] = []
  let j = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const end = x.end
    let cursor = x.start
    while (j < b.length && b[j]!.end <= cursor) j++
    while (j < b.length) {
      const y = b[j]!
      if (y.start >= end) break
      if (y.start > cursor) out.push({ start: cursor, end: y.start })
      if (y.end >= end) {
        // y reaches past x and may cut the next interval of a too: keep j on it.
        cursor = end
        break
      }
      cursor = y.end
      j++
    }
    if (cursor < end) out.push({ start: cursor, end })
  }
  return out
}

/** Canonical `[start, end) − set`: the gaps of canonical `set` within the window. O(log n + k). */
export function complementSet(set: IntervalSet, start: Instant, end: Instant): Interval[] {
  const out: Interval[] = []
  if (start >= end) return out
  let cursor = start
  for (let index = findFirstEndingAfter(set, start); index < set.length; index++) {
    const x = set[index]!
    if (x.start >= end) break
    if (x.start > cursor) out.push({ start: cursor, end: x.start })
    cursor = x.end
    if (cursor >= end) return out
  }
  out.push({ start: cursor, end })
  return out
}

/** Canonical `set ∩ [start, end)` for canonical `set`. O(log n + k). */
export function clampSet(set: IntervalSet, start: Instant, end: Instant): Interval[] {
  const out: Interval[] = []
  if (start >= end) return out
  for (let index = findFirstEndingAfter(set, start); index < set.length; index++) {
    const x = set[index]!
    if (x.start >= end) break
    out.push({ start: Math.max(x.start, start), end: Math.min(x.end, end) })
  }
  return out
}

/**
 * Canonical set with every interval of canonical `set` grown to `[start − before, end + after)`,
 * clamped to ±8.64e15, merging the ones that come to overlap or touch. One linear pass: the
 * grown starts and ends stay sorted.
 */
export function expandSet(set: IntervalSet, before: number, after: number): Interval[] {
  const out: MutableInterval[] = []
  let last: MutableInterval | undefined
  for (let index = 0; index < set.length; index++) {
    const x = set[index]!
    // Exact: both operands are integers and so is the true result, which is either below
    // 2^53 in magnitude or beyond the limit and clamped anyway.
    let start = x.start - before
    let end = x.end + after
    if (start < MIN_INSTANT) start = MIN_INSTANT
    if (end > MAX_INSTANT) end = MAX_INSTANT
    if (last !== undefined && start <= last.end) {
      if (end > last.end) last.end = end
    } else {
      last = { start, end }
      out.push(last)
    }
  }
  return out
}

/** True when canonical `set` shares an instant with `[start, end)`. O(log n). */
export function isSetOverlapping(set: IntervalSet, start: Instant, end: Instant): boolean {
  if (start >= end) return false
  const index = findFirstEndingAfter(set, start)
  return index < set.length && set[index]!.start < end
}

/**
 * True when canonical `set` contains every instant of `[start, end)`; an empty span is
 * always covered. One interval must do it, since touching ones are merged. O(log n).
 */
export function isSetCovering(set: IntervalSet, start: Instant, end: Instant): boolean {
  if (start >= end) return true
  const index = findFirstEndingAfter(set, start)
  if (index >= set.length) return false
  const x = set[index]!
  return x.start <= start && x.end >= end
}

/** The summed length of canonical `set` in milliseconds. */
export function measureSet(set: IntervalSet): number {
  let total = 0
  for (let index = 0; index < set.length; index++) {
    const x = set[index]!
    total += x.end - x.start
  }
  return total
}
