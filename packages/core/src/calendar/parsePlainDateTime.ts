import { runSafely, type SafeParseResult } from '../SafeParseResult.js'
import { MS_PER_DAY } from './civil.js'
import { scanPlainDate } from './parsePlainDate.js'
import { scanPlainTime } from './parsePlainTime.js'
import { parseWith, readDigits } from './scan.js'

/**
 * A wall-clock date and time with no zone, as milliseconds since 1970-01-01T00:00 on the
 * same wall clock: `date * 86_400_000 + time of day`. It is not an instant until a
 * time zone says which one.
 */
export type WallMilliseconds = number

/** Internal: wall milliseconds of `YYYY-MM-DDTHH:MM[:SS[.s{1,3}]]`, or NaN. */
export function scanPlainDateTime(text: string): number {
  if (text.length < 16 || text[10] !== 'T') return Number.NaN
  const days = scanPlainDate(text, 0)
  if (days === Number.NEGATIVE_INFINITY) return Number.NaN
  let timeLength = text.length - 11
  let milliseconds = 0
  const dot = text.indexOf('.', 11)
  if (dot !== -1) {
    const digits = text.length - dot - 1
    if (dot !== 19 || digits < 1 || digits > 3) return Number.NaN
    const fraction = readDigits(text, dot + 1, digits)
    if (fraction < 0) return Number.NaN
    milliseconds = fraction * 10 ** (3 - digits)
    timeLength = 8
  }
  // A time that is not one scans as NaN, and so does the sum.
  return days * MS_PER_DAY + scanPlainTime(text, 11, timeLength, false) * 1000 + milliseconds
}

/**
 * Parses a wall-clock date-time `YYYY-MM-DDTHH:MM`, `…:SS` or `…:SS.sss` (no offset, no zone)
 * into {@link WallMilliseconds}.
 *
 * The date must exist; hours run 00–23 (`24:00` is only for times of day).
 * @throws SlotwiseError `INVALID_DATE_TIME` with `path`.
 * @example
 * parsePlainDateTime('1970-01-02T00:00') // 86400000
 * parsePlainDateTime('2024-03-10T02:30') // a wall time; whether it exists depends on the zone
 */
export function parsePlainDateTime(text: unknown, path = 'wallTime'): WallMilliseconds {
  return parseWith(text, path, 'INVALID_DATE_TIME', 'YYYY-MM-DDTHH:MM[:SS]', scanPlainDateTime)
}

/**
 * Like {@link parsePlainDateTime}, but returns `{ success, value | issues }` instead of throwing.
 * @example
 * safeParsePlainDateTime('2024-03-10 09:00').success // false (the separator is T)
 */
export function safeParsePlainDateTime(text: unknown, path = 'wallTime'): SafeParseResult<WallMilliseconds> {
  return runSafely(() => parsePlainDateTime(text, path))
}
