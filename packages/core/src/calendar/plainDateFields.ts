import { describeValue } from '../errorMessages.js'
import { isIntegerIn } from '../internal/read.js'
import { SlotwiseError } from '../SlotwiseError.js'
import { assertPlainDate } from './assertPlainDate.js'
import { daysFromCivil, daysInMonth, packedCivilFromDays } from './civil.js'
import type { PlainDate } from './parsePlainDate.js'

/** A calendar date as its parts; `month` and `day` count from 1. */
export interface PlainDateFields {
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * Days since 1970-01-01 of a year, month (1–12) and day; the date must exist.
 * @throws SlotwiseError `INVALID_DATE` for Feb 30, month 13, year 0 or 10000, non-integers.
 * @example
 * plainDateFromFields({ year: 2000, month: 3, day: 1 }) // 11017
 */
export function plainDateFromFields(fields: PlainDateFields, path = 'date'): PlainDate {
  const { year, month, day } = (fields ?? {}) as Partial<PlainDateFields>
  if (
    !isIntegerIn(year, 1, 9999) ||
    !isIntegerIn(month, 1, 12) ||
    !isIntegerIn(day, 1, daysInMonth(year, month))
  ) {
    throw new SlotwiseError('INVALID_DATE', {
      path,
      details: { value: `${describeValue(year)}-${describeValue(month)}-${describeValue(day)}` },
    })
  }
  return daysFromCivil(year, month, day)
}

/**
 * The year, month and day of a day number.
 * @throws SlotwiseError `INVALID_DATE` for a day outside 0001-01-01…9999-12-31.
 * @example
 * plainDateToFields(19782) // { year: 2024, month: 2, day: 29 }
 */
export function plainDateToFields(days: PlainDate): PlainDateFields {
  assertPlainDate(days, 'days')
  const packed = packedCivilFromDays(days)
  const year = Math.floor(packed / 10_000)
  const month = Math.floor((packed % 10_000) / 100)
  return { year, month, day: packed % 100 }
}
