import { runSafely, type SafeParseResult } from '../SafeParseResult.js'
import { parseWith, readDigits } from './scan.js'

/** A wall-clock time of day as seconds since local midnight: 0 … 86_400 (`24:00`). */
export type PlainTime = number

/**
 * Seconds of day of `HH:MM` or `HH:MM:SS` at `text[at..at+length)`, or NaN when it is not
 * one. `24:00` (and `24:00:00`) is accepted only when `allowEndOfDay` is set.
 */
export function scanPlainTime(text: string, at: number, length: number, allowEndOfDay: boolean): number {
  if (length !== 5 && length !== 8) return Number.NaN
  const hour = readDigits(text, at, 2)
  const minute = readDigits(text, at + 3, 2)
  const second = length === 8 ? readDigits(text, at + 6, 2) : 0
  if (text[at + 2] !== ':' || (length === 8 && text[at + 5] !== ':')) return Number.NaN
  if (hour < 0 || minute < 0 || second < 0 || minute > 59 || second > 59) return Number.NaN
  if (hour === 24) return allowEndOfDay && minute === 0 && second === 0 ? 86_400 : Number.NaN
  if (hour > 23) return Number.NaN
  return hour * 3600 + minute * 60 + second
}

/**
 * Parses a wall-clock time `HH:MM` or `HH:MM:SS` into seconds since local midnight.
 *
 * `24:00` and `24:00:00` are the end of the day (86 400). No leap seconds (`:60`), no
 * fractions, no 12-hour forms.
 * @throws SlotwiseError `INVALID_TIME` with `path`.
 * @example
 * parsePlainTime('09:30') // 34200
 * parsePlainTime('24:00') // 86400
 * parsePlainTime('25:00') // throws INVALID_TIME
 */
export function parsePlainTime(text: unknown, path = 'time'): PlainTime {
  return parseWith(text, path, 'INVALID_TIME', 'HH:MM or HH:MM:SS, 00:00–24:00', (string) =>
    scanPlainTime(string, 0, string.length, true),
  )
}

/**
 * Like {@link parsePlainTime}, but returns `{ success, value | issues }` instead of throwing.
 * @example
 * safeParsePlainTime('7:30').success // false (two-digit hours only)
 */
export function safeParsePlainTime(text: unknown, path = 'time'): SafeParseResult<PlainTime> {
  return runSafely(() => parsePlainTime(text, path))
}
