// Wall-clock formatting from integers (no Date, no Intl per value) and local-date spans.
import {
  formatPlainDate,
  type Instant,
  type Interval,
  type PlainDate,
  toInstantFromWallMilliseconds,
  toWallMilliseconds,
} from '@slotwise/core'
import type { LeadSquaredTimeSlot, VendorWarningCode } from './types.js'

export const MS_PER_DAY = 86_400_000
export const SECONDS_PER_DAY = 86_400

const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : `${i}`))

/** Seconds of day (0…86 399; 86 400 prints as `00:00:00`) → `HH:mm:ss`. */
export function formatClock(seconds: number): string {
  const s = seconds % SECONDS_PER_DAY
  const hours = (s / 3600) | 0
  const minutes = ((s % 3600) / 60) | 0
  return `${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[s % 60]}`
}

/** Wall milliseconds → `yyyy-MM-dd HH:mm:ss` (milliseconds dropped). */
export function formatDateTime(wall: number): string {
  const day = Math.floor(wall / MS_PER_DAY)
  return `${formatPlainDate(day)} ${formatClock(Math.floor((wall - day * MS_PER_DAY) / 1000))}`
}

/** The first instant of a local date (its midnight, or the first wall time after a gap). */
export function dayStart(day: PlainDate, timeZone: string): Instant {
  return toInstantFromWallMilliseconds(day * MS_PER_DAY, timeZone)
}

/** Reports a wall-time problem once per call site. */
export type Report = (code: VendorWarningCode, message: string) => void

/**
 * Seconds of day of `instant` on local date `day` in `timeZone`, clamped into the date.
 * Reports milliseconds that a `HH:mm:ss` drops and times that would read back as another
 * instant (the second occurrence of a time in a DST fold).
 */
export function clockOf(instant: Instant, day: PlainDate, timeZone: string, report: Report): number {
  const wall = timeZone === 'UTC' ? instant : toWallMilliseconds(instant, timeZone)
  let ms = wall - day * MS_PER_DAY
  if (ms < 0 || ms >= MS_PER_DAY) ms = ms < 0 ? 0 : MS_PER_DAY - 1000
  const seconds = Math.floor(ms / 1000)
  if (ms % 1000 !== 0) report('SUBSECOND_TRUNCATED', 'milliseconds do not fit HH:mm:ss and were dropped')
  else if (
    timeZone !== 'UTC' &&
    toInstantFromWallMilliseconds(day * MS_PER_DAY + seconds * 1000, timeZone) !== instant
  ) {
    report(
      'AMBIGUOUS_WALL_TIME',
      `${formatClock(seconds)} occurs twice on ${formatPlainDate(day)} in ${timeZone}`,
    )
  }
  return seconds
}

/** An instant → `yyyy-MM-dd HH:mm:ss` in `timeZone`, reporting what the format cannot hold. */
export function dateTimeOf(instant: Instant, timeZone: string, report: Report): string {
  const wall = timeZone === 'UTC' ? instant : toWallMilliseconds(instant, timeZone)
  if (wall % 1000 !== 0)
    report('SUBSECOND_TRUNCATED', 'milliseconds do not fit yyyy-MM-dd HH:mm:ss and were dropped')
  else if (timeZone !== 'UTC' && toInstantFromWallMilliseconds(wall, timeZone) !== instant) {
    report('AMBIGUOUS_WALL_TIME', `${formatDateTime(wall)} occurs twice in ${timeZone}`)
  }
  return formatDateTime(wall)
}

/** Index of the first interval of a sorted set that ends after `instant`. */
export function firstEndingAfter(set: readonly Interval[], instant: Instant): number {
  let low = 0
  let high = set.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (set[middle]!.end <= instant) low = middle + 1
    else high = middle
  }
  return low
}

/** The parts of a canonical set inside `[start, end)`. */
export function clipSet(set: readonly Interval[], start: Instant, end: Instant): Interval[] {
  const parts: Interval[] = []
  for (let i = firstEndingAfter(set, start); i < set.length && set[i]!.start < end; i++) {
    const from = Math.max(set[i]!.start, start)
    const to = Math.min(set[i]!.end, end)
    if (to > from) parts.push({ start: from, end: to })
  }
  return parts
}

/**
 * A canonical set's parts inside the local date `[start, end)` as `HH:mm:ss` pairs; a part
 * that reaches the end of the date ends at `00:00:00`.
 */
export function writeTimeSlots(
  set: readonly Interval[],
  day: PlainDate,
  start: Instant,
  end: Instant,
  timeZone: string,
  report: Report,
): LeadSquaredTimeSlot[] {
  const slots: LeadSquaredTimeSlot[] = []
  for (let i = firstEndingAfter(set, start); i < set.length && set[i]!.start < end; i++) {
    const from = set[i]!.start > start ? set[i]!.start : start
    const to = set[i]!.end < end ? set[i]!.end : end
    if (to <= from) continue
    slots.push({
      StartTime: formatClock(clockOf(from, day, timeZone, report)),
      EndTime: to === end ? '00:00:00' : formatClock(clockOf(to, day, timeZone, report)),
    })
  }
  return slots
}
