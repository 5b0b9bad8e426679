import { assertPlainDate } from './assertPlainDate.js'
import { packedCivilFromDays } from './civil.js'
import type { PlainDate } from './parsePlainDate.js'
import { pad } from './scan.js'

/** Internal: formats a day number known to be valid. */
export function formatDays(days: number): string {
  // The packed date's decimal digits are YYYYMMDD (years 1-9999 padded to four).
  const digits = pad(packedCivilFromDays(days), 8)
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`
}

/**
 * Formats days since 1970-01-01 as `YYYY-MM-DD`.
 * @throws SlotwiseError `INVALID_DATE` for a non-integer or a day outside 0001-01-01…9999-12-31.
 * @example
 * formatPlainDate(0) // '1970-01-01'
 * formatPlainDate(-1) // '1969-12-31'
 */
export function formatPlainDate(days: PlainDate): string {
  assertPlainDate(days, 'days')
  return formatDays(days)
}
