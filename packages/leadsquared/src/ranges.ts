// Hour blocks of a template day as seconds from that day's midnight: `[from, to)` with
// `to` past 86 400 when the block crosses midnight (the core's rule: an end not after the
// start crosses midnight and belongs to the start's date).
import { formatPlainTime, SlotwiseError, safeParsePlainTime, type TimeRange } from '@slotwise/core'
import { at, field, readArray, readClock, readObject, type Warnings } from './read.js'
import type { LeadSquaredTimeSlot } from './types.js'
import { formatClock, SECONDS_PER_DAY } from './wallClock.js'

/** `[from, to]` seconds; `0 <= from < 86 400`, `from < to <= from + 86 400`. */
export type SecondsRange = readonly [number, number]

/** Reads `[{ StartTime, EndTime }]` (null → none) into ranges, merging overlaps with a warning. */
export function readTemplateRanges(value: unknown, path: string, warnings: Warnings): SecondsRange[] {
  const list = readArray(value, path, true)
  const ranges: SecondsRange[] = []
  for (let i = 0; i < list.length; i++) {
    const item = readObject(list[i], at(path, i))
    const from = readClock(field(item, 'StartTime'), at(at(path, i), 'StartTime'), false)
    let to = readClock(field(item, 'EndTime'), at(at(path, i), 'EndTime'), true)
    if (to <= from) to += SECONDS_PER_DAY
    ranges.push([from, Math.min(to, from + SECONDS_PER_DAY)])
  }
  return mergeRanges(ranges, path, warnings)
}

/**
 * Sorts and merges overlapping ranges (the core refuses them); a merged block is cut at 24
 * hours, the most one range can say. Touching ranges stay apart (the core merges them).
 */
export function mergeRanges(
  ranges: readonly SecondsRange[],
  path: string,
  warnings: Warnings,
): SecondsRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && from < last[1]) {
      warnings.add('OVERLAPPING_HOURS_MERGED', path, 'overlapping hour blocks were merged into one')
      last[1] = Math.max(last[1], to)
      if (last[1] > last[0] + SECONDS_PER_DAY) {
        warnings.add('HOURS_TRUNCATED', path, 'merged hours longer than 24 hours were cut at 24 hours')
        last[1] = last[0] + SECONDS_PER_DAY
      }
    } else merged.push([from, to])
  }
  return merged
}

/** Ranges → the core's `{ from, to }` (`24:00` for an end at midnight, a smaller `to` for a crossing). */
export function toTimeRanges(ranges: readonly SecondsRange[]): TimeRange[] {
  return ranges.map(([from, to]) => ({
    from: formatPlainTime(from),
    to: to === SECONDS_PER_DAY ? '24:00:00' : formatPlainTime(to % SECONDS_PER_DAY),
  }))
}

/** Reads the core's `{ from, to }` list (a schedule the caller built) into ranges. */
export function fromTimeRanges(value: unknown, path: string): SecondsRange[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value))
    throw new SlotwiseError('INVALID_SCHEDULE', { path, details: { expected: 'an array' } })
  // Array.from, not map: a hole in a sparse array is refused like `undefined`, not kept as a hole.
  return Array.from(value, (item: unknown, i) => {
    const range = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
    const from = safeParsePlainTime(range.from)
    const to = safeParsePlainTime(range.to)
    if (!from.success || from.value === SECONDS_PER_DAY) {
      throw new SlotwiseError('INVALID_TIME', {
        path: `${path}[${i}].from`,
        details: { expected: 'HH:MM[:SS]' },
      })
    }
    if (!to.success)
      throw new SlotwiseError('INVALID_TIME', {
        path: `${path}[${i}].to`,
        details: { expected: 'HH:MM[:SS]' },
      })
    const end = to.value <= from.value ? to.value + SECONDS_PER_DAY : to.value
    return [from.value, end] as const
  })
}

/** Ranges → `[{ StartTime, EndTime }]`; an end at midnight is `00:00:00`. */
export function writeTemplateSlots(ranges: readonly SecondsRange[]): LeadSquaredTimeSlot[] {
  return ranges.map(([from, to]) => ({
    StartTime: formatClock(from),
    EndTime: formatClock(to % SECONDS_PER_DAY),
  }))
}
