// Wall-clock hours as minute ranges, the common ground of `openHours`, `availabilities` and
// schedule `rules`. A range is [from, to) in minutes from its own date's midnight with
// 0 <= from < 1440 and from < to <= from + 1440: a `to` past 1440 crosses midnight and
// still belongs to the date it starts on (DESIGN.md, semantics 3).
import type { TimeRange, WeekdayName } from '@slotwise/core'
import { at, fail, type JsonObject, own, readInteger, readObject } from './read.js'
import { type VendorWarning, warn } from './VendorWarning.js'

/** `[from, to)` minutes; internal. */
export type MinuteRange = readonly [number, number]

/** Minutes in a wall-clock day; a range may reach `from + 1440`. */
export const MINUTES_PER_DAY = 1440

/** Weekday names indexed like JavaScript's `getDay` (0 = Sunday). */
export const SUNDAY_FIRST: readonly WeekdayName[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]

/** Monday-first order, the order rules and weekly hours are written in. */
export const MONDAY_FIRST: readonly WeekdayName[] = [...SUNDAY_FIRST.slice(1), 'sunday']

/**
 * Closes a range read from the vendor: `close` at or after 23:59 (`23:59`, `23:60`,
 * `24:00`) or exactly `00:00` is the end of the day; a close before the open crosses
 * midnight; a close equal to the open is read as 24 hours, as the core does, with a warning.
 */
export function closeRange(
  open: number,
  close: number,
  path: string,
  warnings: VendorWarning[],
): MinuteRange {
  let end = close >= MINUTES_PER_DAY - 1 || close === 0 ? MINUTES_PER_DAY : close
  if (end < open) end += MINUTES_PER_DAY
  if (end === open) {
    warn(warnings, 'EQUAL_OPEN_CLOSE', path, 'open and close are equal: read as 24 hours from the open')
    end = open + MINUTES_PER_DAY
  }
  return [open, end]
}

/** One `{ openHour, openMinute, closeHour, closeMinute }` (minutes may be 60, hours 24). */
export function readHourObject(value: unknown, path: string, warnings: VendorWarning[]): MinuteRange {
  const hour: JsonObject = readObject(value, path)
  const openHour = readInteger(own(hour, 'openHour'), at(path, 'openHour'), 0, 24)
  const openMinute = readInteger(own(hour, 'openMinute'), at(path, 'openMinute'), 0, 60, 0)
  const closeHour = readInteger(own(hour, 'closeHour'), at(path, 'closeHour'), 0, 24)
  const closeMinute = readInteger(own(hour, 'closeMinute'), at(path, 'closeMinute'), 0, 60, 0)
  const open = openHour * 60 + openMinute
  const close = closeHour * 60 + closeMinute
  if (open >= MINUTES_PER_DAY) fail(at(path, 'openHour'), openHour, 'an opening before 24:00')
  if (close > MINUTES_PER_DAY) fail(at(path, 'closeHour'), closeHour, 'a close at or before 24:00')
  return closeRange(open, close, path, warnings)
}

/** `H:MM` or `HH:MM` (the schedule pattern accepts one-digit hours; `24:00` is tolerated) → minutes. */
export function readClock(value: unknown, path: string): number {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value) : null
  const minutes = match === null ? Number.NaN : Number(match[1]) * 60 + Number(match[2])
  if (match === null || Number(match[2]) > 59 || minutes > MINUTES_PER_DAY)
    fail(path, value, 'a time H:MM or HH:MM')
  return minutes
}

/**
 * Sorts a date's ranges and merges the ones that overlap (the core refuses overlaps inside
 * one day's rule); touching ranges stay apart. A merged range longer than a day is cut to 24 hours.
 */
export function mergeRanges(
  ranges: readonly MinuteRange[],
  path: string,
  warnings: VendorWarning[],
): MinuteRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && from < last[1]) {
      warn(warnings, 'OVERLAPPING_HOURS', path, 'overlapping hours on one day were merged')
      last[1] = Math.min(Math.max(last[1], to), last[0] + MINUTES_PER_DAY)
    } else merged.push([from, to])
  }
  return merged
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** Minutes 0…1440 → `HH:MM` (`24:00` for 1440). */
export function formatClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/** Minute ranges → core time ranges (`24:00` for the end of the day, a smaller `to` crossing midnight). */
export function toTimeRanges(ranges: readonly MinuteRange[]): TimeRange[] {
  return ranges.map(([from, to]) => ({
    from: formatClock(from),
    to: to === MINUTES_PER_DAY ? '24:00' : formatClock(to % MINUTES_PER_DAY),
  }))
}

/** Minute ranges of a date, shifted by `offset` minutes; internal. */
export function shiftRanges(ranges: readonly MinuteRange[], offset: number): MinuteRange[] {
  return ranges.map(([from, to]) => [from + offset, to + offset])
}

/** `ranges` minus `cut` (both sorted or not), as sorted disjoint ranges; internal. */
export function subtractRanges(ranges: readonly MinuteRange[], cut: readonly MinuteRange[]): MinuteRange[] {
  let pieces: MinuteRange[] = [...ranges]
  for (const [cutFrom, cutTo] of cut) {
    const next: MinuteRange[] = []
    for (const [from, to] of pieces) {
      if (cutTo <= from || cutFrom >= to) next.push([from, to])
      else {
        if (cutFrom > from) next.push([from, cutFrom])
        if (cutTo < to) next.push([cutTo, to])
      }
    }
    pieces = next
  }
  return pieces.sort((a, b) => a[0] - b[0])
}
