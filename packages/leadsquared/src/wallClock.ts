// Wall-clock formatting from integers (no Date, no Intl per value) and local-date spans.
import {
  formatPlainDate,
  type Instant,
  type Interval,
  type PlainDate,
  parsePlainDate,
  timeZoneTransitions,
  toInstantFromWallMilliseconds,
  toWallMilliseconds,
} from '@slotwise/core'
import type { LeadSquaredTimeSlot, VendorWarningCode } from './types.js'

export const MS_PER_DAY = 86_400_000
export const SECONDS_PER_DAY = 86_400

const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : `${i}`))

/** `HH:mm:00` of every whole minute: a response repeats a few of them tens of thousands of times. */
const MINUTE_CLOCKS: readonly string[] = Array.from(
  { length: 1440 },
  (_, minute) => `${TWO_DIGITS[(minute / 60) | 0]}:${TWO_DIGITS[minute % 60]}:00`,
)

/** Seconds of day (0…86 399; 86 400 prints as `00:00:00`) → `HH:mm:ss`. */
export function formatClock(seconds: number): string {
  const s = seconds % SECONDS_PER_DAY
  if (s % 60 === 0) {
    const clock = MINUTE_CLOCKS[s / 60]
    if (clock !== undefined) return clock
  }
  const hours = (s / 3600) | 0
  const minutes = ((s % 3600) / 60) | 0
  return `${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[s % 60]}`
}

/** `yyyy-MM-dd` of day numbers, each formatted once, and `yyyy-MM-dd ` to put before a clock. */
export class DateNames {
  readonly #names = new Map<PlainDate, string>()
  readonly #prefixes = new Map<PlainDate, string>()

  of(day: PlainDate): string {
    let name = this.#names.get(day)
    if (name === undefined) {
      name = formatPlainDate(day)
      this.#names.set(day, name)
    }
    return name
  }

  /** `yyyy-MM-dd ` (a trailing space): one string fewer per date and time written. */
  prefixOf(day: PlainDate): string {
    let prefix = this.#prefixes.get(day)
    if (prefix === undefined) {
      prefix = `${this.of(day)} `
      this.#prefixes.set(day, prefix)
    }
    return prefix
  }
}

/** Wall milliseconds → `yyyy-MM-dd HH:mm:ss` (milliseconds dropped). */
export function formatDateTime(wall: number, names?: DateNames): string {
  const day = Math.floor(wall / MS_PER_DAY)
  const clock = formatClock(Math.floor((wall - day * MS_PER_DAY) / 1000))
  return names === undefined ? `${formatPlainDate(day)} ${clock}` : names.prefixOf(day) + clock
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
export function dateTimeOf(instant: Instant, timeZone: string, report: Report, names?: DateNames): string {
  const wall = timeZone === 'UTC' ? instant : toWallMilliseconds(instant, timeZone)
  if (wall % 1000 !== 0)
    report('SUBSECOND_TRUNCATED', 'milliseconds do not fit yyyy-MM-dd HH:mm:ss and were dropped')
  else if (timeZone !== 'UTC' && toInstantFromWallMilliseconds(wall, timeZone) !== instant) {
    report('AMBIGUOUS_WALL_TIME', `${formatDateTime(wall)} occurs twice in ${timeZone}`)
  }
  return formatDateTime(wall, names)
}

/**
 * Dates this far inside the zone functions' range (0001-01-02…9999-12-30 UTC) can look for
 * offset changes two days either side.
 */
const FIRST_STEADY_DAY = parsePlainDate('0001-01-10')
const LAST_STEADY_DAY = parsePlainDate('9999-12-20')

/**
 * The local dates of one zone from `firstDay` on, each worked out once: its first instant
 * and, for a date with no offset change within two days of it, the one offset it has.
 */
export class LocalDates {
  readonly #starts: (Instant | undefined)[] = []
  /** Wall milliseconds minus instant all through the date, or NaN near an offset change. */
  readonly #shifts: (number | undefined)[] = []

  constructor(
    readonly timeZone: string,
    readonly firstDay: PlainDate,
  ) {}

  /** {@link dayStart} of `day` (not before `firstDay`). */
  start(day: PlainDate): Instant {
    const index = day - this.firstDay
    let start = this.#starts[index]
    if (start === undefined) {
      start = dayStart(day, this.timeZone)
      this.#starts[index] = start
    }
    return start
  }

  #shift(day: PlainDate): number {
    const index = day - this.firstDay
    let shift = this.#shifts[index]
    if (shift === undefined) {
      shift = Number.NaN
      if (day >= FIRST_STEADY_DAY && day <= LAST_STEADY_DAY) {
        const start = this.start(day)
        const end = this.start(day + 1)
        const window = { start: start - 2 * MS_PER_DAY, end: end + 2 * MS_PER_DAY }
        if (timeZoneTransitions(this.timeZone, window).length === 0)
          shift = toWallMilliseconds(start, this.timeZone) - start
      }
      this.#shifts[index] = shift
    }
    return shift
  }

  /**
   * {@link clockOf} in this zone. On a date with no offset change within two days every
   * instant of the date has the same offset, and no wall time in it can repeat (the core
   * looks one day either side of a wall time to find its instant), so the clock is plain
   * arithmetic.
   */
  clock(instant: Instant, day: PlainDate, report: Report): number {
    // The rest goes through clockOf: a date near a change (its NaN shift fails the range
    // test), an instant outside the date (clockOf clamps it), a value that is not an
    // instant (clockOf throws).
    if (Number.isInteger(instant)) {
      const ms = instant + this.#shift(day) - day * MS_PER_DAY
      if (ms >= 0 && ms < MS_PER_DAY) {
        const seconds = Math.floor(ms / 1000)
        if (seconds * 1000 !== ms)
          report('SUBSECOND_TRUNCATED', 'milliseconds do not fit HH:mm:ss and were dropped')
        return seconds
      }
    }
    return clockOf(instant, day, this.timeZone, report)
  }
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
  dates: LocalDates,
  report: Report,
): LeadSquaredTimeSlot[] {
  const slots: LeadSquaredTimeSlot[] = []
  for (let i = firstEndingAfter(set, start); i < set.length && set[i]!.start < end; i++) {
    const from = set[i]!.start > start ? set[i]!.start : start
    const to = set[i]!.end < end ? set[i]!.end : end
    if (to <= from) continue
    slots.push({
      StartTime: formatClock(dates.clock(from, day, report)),
      EndTime: to === end ? '00:00:00' : formatClock(dates.clock(to, day, report)),
    })
  }
  return slots
}
