// Zone arithmetic for drawing: everything goes through @slotwise/core, never `Date`.
import {
  addDays,
  formatPlainDate,
  offsetMinutes,
  parsePlainDate,
  toInstantFromWallMilliseconds,
  toWallMilliseconds,
  toWallTime,
  weekdayOf,
} from '@slotwise/core'

export const DAY_MS = 86_400_000
export const MINUTE_MS = 60_000

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `count` consecutive local dates (`YYYY-MM-DD`) from `first`. */
export function datesFrom(first: string, count: number): string[] {
  const start = parsePlainDate(first)
  return Array.from({ length: count }, (_, i) => formatPlainDate(addDays(start, i)))
}

export const shiftDate = (date: string, days: number) => formatPlainDate(addDays(parsePlainDate(date), days))

/** `Thu 5 Mar` */
export function dayLabel(date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return `${WEEKDAYS[weekdayOf(parsePlainDate(date))]} ${day} ${MONTHS[(month ?? 1) - 1]}`
}

/** `09:30`: the wall clock of an instant in a zone. */
export const clock = (instant: number, timeZone: string) => toWallTime(instant, timeZone).slice(11, 16)

/** `2026-03-05`: the local date of an instant in a zone. */
export const localDate = (instant: number, timeZone: string) => toWallTime(instant, timeZone).slice(0, 10)

/** `UTC+5:30`, `UTC−4`, `UTC` */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC'
  const sign = minutes > 0 ? '+' : '−'
  const abs = Math.abs(minutes)
  const m = abs % 60
  return `UTC${sign}${Math.floor(abs / 60)}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}`
}

/** The instant a local date starts in a zone (after a midnight gap, the first instant that exists). */
export const startOfDate = (date: string, timeZone: string) =>
  toInstantFromWallMilliseconds(parsePlainDate(date) * DAY_MS, timeZone)

/** The offsets a zone has at the start and the end of a local date. */
export function dateOffsets(date: string, timeZone: string): { start: number; end: number } {
  const start = startOfDate(date, timeZone)
  const end = startOfDate(shiftDate(date, 1), timeZone) - 1
  return { start: offsetMinutes(start, timeZone), end: offsetMinutes(end, timeZone) }
}

/** A piece of an interval on one local date, in minutes of wall clock from local midnight. */
export interface DayPiece {
  readonly date: string
  readonly fromMinute: number
  readonly toMinute: number
}

/**
 * Cut `[start, end)` at local midnights of `timeZone` and place each piece by its wall
 * clock, the way a calendar does: on a DST day the hour that does not exist stays empty.
 */
export function piecesByLocalDate(start: number, end: number, timeZone: string): DayPiece[] {
  const wallStart = toWallMilliseconds(start, timeZone)
  const wallEnd = toWallMilliseconds(end, timeZone)
  const pieces: DayPiece[] = []
  for (let day = Math.floor(wallStart / DAY_MS); day * DAY_MS < wallEnd; day++) {
    const from = Math.max(wallStart, day * DAY_MS) - day * DAY_MS
    const to = Math.min(wallEnd, (day + 1) * DAY_MS) - day * DAY_MS
    if (to > from)
      pieces.push({ date: formatPlainDate(day), fromMinute: from / MINUTE_MS, toMinute: to / MINUTE_MS })
  }
  return pieces
}

/** The instant of a wall-clock minute on a local date in a zone (a gap moves forward). */
export const instantAt = (date: string, minute: number, timeZone: string) =>
  toInstantFromWallMilliseconds(parsePlainDate(date) * DAY_MS + minute * MINUTE_MS, timeZone)
