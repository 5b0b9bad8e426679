import { assertPlainDate } from './assertPlainDate.js'
import { packedCivilFromDays } from './civil.js'
import type { PlainDate } from './parsePlainDate.js'
import { pad } from './scan.js'

/** Internal: formats a day number known to be valid. */
export function formatDays(days: number): string {
  const packed = packedCivilFromDays(days)
  const year = Math.floor(packed / 10_000)
  const monthDay = packed - year * 10_000
  const month = Math.floor(monthDay / 100)
  return `${pad(year, 4)}-${month < 10 ? '0' : ''}${month}-${pad(monthDay - month * 100, 2)}`
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
