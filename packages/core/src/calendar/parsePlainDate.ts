import { runSafely, type SafeParseResult } from '../SafeParseResult.js'
import { daysFromCivil, daysInMonth } from './civil.js'
import { parseWith, readDigits } from './scan.js'

/** A calendar date as an integer: days since 1970-01-01 (negative before). */
export type PlainDate = number

/**
 * Days since 1970-01-01 of the date at `text[at..at+10)`, or -Infinity when those ten
 * characters are not a real date `YYYY-MM-DD` (year 0001–9999). Internal building block.
 */
export function scanPlainDate(text: string, at: number): number {
  const year = readDigits(text, at, 4)
  const month = readDigits(text, at + 5, 2)
  const day = readDigits(text, at + 8, 2)
  if (year < 1 || month < 1 || month > 12 || day < 1 || text[at + 4] !== '-' || text[at + 7] !== '-') {
    return Number.NEGATIVE_INFINITY
  }
  if (day > daysInMonth(year, month)) return Number.NEGATIVE_INFINITY
  return daysFromCivil(year, month, day)
}

/**
 * Parses a strict ISO calendar date `YYYY-MM-DD` (years 0001–9999) into days since 1970-01-01.
 *
 * No time, no zone, no week or ordinal forms; the date must exist (`2024-02-30` does not).
 * @throws SlotwiseError `INVALID_DATE` with `path`.
 * @example
 * parsePlainDate('1970-01-02') // 1
 * parsePlainDate('2024-02-29') // 19782 (a leap day)
 * parsePlainDate('2023-02-29') // throws INVALID_DATE
 */
export function parsePlainDate(text: unknown, path = 'date'): PlainDate {
  return parseWith(text, path, 'INVALID_DATE', 'YYYY-MM-DD', (string) =>
    string.length === 10 ? scanPlainDate(string, 0) : Number.NaN,
  )
}

/**
 * Like {@link parsePlainDate}, but returns `{ success, value | issues }` instead of throwing.
 * @example
 * safeParsePlainDate('2024-13-01').success // false
 */
export function safeParsePlainDate(text: unknown, path = 'date'): SafeParseResult<PlainDate> {
  return runSafely(() => parsePlainDate(text, path))
}
