import { assertPlainDate } from './assertPlainDate.js'
import type { PlainDate } from './parsePlainDate.js'

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** Internal: ISO weekday of a valid day number (1970-01-01 was a Thursday). */
export function weekdayOfDays(days: number): Weekday {
  return (((((days + 3) % 7) + 7) % 7) + 1) as Weekday
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 * @throws SlotwiseError `INVALID_DATE` for a day outside the supported range.
 * @example
 * weekdayOf(parsePlainDate('1970-01-01')) // 4 (Thursday)
 * weekdayOf(parsePlainDate('2024-03-10')) // 7 (Sunday)
 */
export function weekdayOf(days: PlainDate): Weekday {
  assertPlainDate(days, 'days')
  return weekdayOfDays(days)
}
