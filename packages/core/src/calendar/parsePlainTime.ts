import { describeValue } from '../errorMessages.js'
import { runSafely, type SafeParseResult } from '../SafeParseResult.js'
import { SlotwiseError } from '../SlotwiseError.js'
import { readDigits } from './scan.js'

/** A wall-clock time of day as seconds since local midnight: 0 … 86_400 (`24:00`). */
export type PlainTime = number

/**
 * Seconds of day of `HH:MM` or `HH:MM:SS` at `text[at..at+length)`, or -1 when it is not
 * one. `24:00` (and `24:00:00`) is accepted only when `allowEndOfDay` is set.
 */
export function scanPlainTime(text: string, at: number, length: number, allowEndOfDay: boolean): number {
  if (length !== 5 && length !== 8) return -1
  const hour = readDigits(text, at, 2)
  const minute = readDigits(text, at + 3, 2)
  const second = length === 8 ? readDigits(text, at + 6, 2) : 0
  if (text[at + 2] !== ':' || (length === 8 && text[at + 5] !== ':')) return -1
  if (hour < 0 || minute < 0 || second < 0 || minute > 59 || second > 59) return -1
  if (hour === 24) return allowEndOfDay && minute === 0 && second === 0 ? 86_400 : -1
  if (hour > 23) return -1
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
  const seconds = typeof text === 'string' ? scanPlainTime(text, 0, text.length, true) : -1
  if (seconds < 0) {
    throw new SlotwiseError('INVALID_TIME', {
      path,
      details: { value: describeValue(text), expected: 'HH:MM or HH:MM:SS, 00:00–24:00' },
    })
  }
  return seconds
}

/**
 * Like {@link parsePlainTime}, but returns `{ success, value | issues }` instead of throwing.
 * @example
 * safeParsePlainTime('7:30').success // false (two-digit hours only)
 */
export function safeParsePlainTime(text: unknown, path = 'time'): SafeParseResult<PlainTime> {
  return runSafely(() => parsePlainTime(text, path))
}
