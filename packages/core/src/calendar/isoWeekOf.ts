import { assertPlainDate } from './assertPlainDate.js'
import { daysFromCivil, packedCivilFromDays } from './civil.js'
import type { PlainDate } from './parsePlainDate.js'
import { weekdayOfDays } from './weekday.js'

/** An ISO 8601 week: the week-numbering year and the week 1–53. */
export interface IsoWeek {
  readonly year: number
  readonly week: number
}

/** Internal: Monday of ISO week 1 of a week-numbering year (the week holding 4 January). */
export function isoWeekOneMonday(year: number): number {
  const january4 = daysFromCivil(year, 1, 4)
  return january4 - weekdayOfDays(january4) + 1
}

/**
 * ISO 8601 week of a date: weeks start on Monday and week 1 holds the year's first Thursday,
 * so 2024-12-30 is in week 1 of 2025 and 2021-01-03 in week 53 of 2020.
 * @throws SlotwiseError `INVALID_DATE` for a day outside the supported range.
 * @example
 * isoWeekOf(parsePlainDate('2024-12-30')) // { year: 2025, week: 1 }
 * isoWeekOf(parsePlainDate('2021-01-03')) // { year: 2020, week: 53 }
 */
export function isoWeekOf(days: PlainDate): IsoWeek {
  assertPlainDate(days, 'days')
  // The week belongs to the year of its Thursday.
  const thursday = days - weekdayOfDays(days) + 4
  const year = Math.floor(packedCivilFromDays(thursday) / 10_000)
  return { year, week: Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1 }
}
