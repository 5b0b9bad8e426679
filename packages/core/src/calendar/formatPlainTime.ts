import { fail, isIntegerIn, readChoice } from '../internal/read.js'
import type { PlainTime } from './parsePlainTime.js'
import { pad } from './scan.js'

/** Options of {@link formatPlainTime}. */
export interface FormatPlainTimeOptions {
  /** `'second'` (default) writes `HH:MM:SS`; `'minute'` writes `HH:MM` and needs whole minutes. */
  precision?: 'second' | 'minute'
}

/**
 * Formats seconds since local midnight as `HH:MM:SS` (or `HH:MM`); 86 400 is `24:00:00`.
 * @throws SlotwiseError `INVALID_TIME` outside 0…86 400 or for non-integers, or when
 *   `precision: 'minute'` would drop seconds; `INVALID_ARGUMENT` for an unknown precision.
 * @example
 * formatPlainTime(34200) // '09:30:00'
 * formatPlainTime(86400, { precision: 'minute' }) // '24:00'
 */
export function formatPlainTime(seconds: PlainTime, options: FormatPlainTimeOptions = {}): string {
  // `?.`: a JavaScript caller may pass null for "no options"; that must not be a TypeError.
  const precision = readChoice(
    options?.precision,
    'INVALID_ARGUMENT',
    'options.precision',
    ['second', 'minute'],
    'second',
  )
  const minutePrecision = precision === 'minute'
  if (!isIntegerIn(seconds, 0, 86_400) || (minutePrecision && seconds % 60 !== 0)) {
    fail('INVALID_TIME', 'seconds', seconds, 'an integer 0…86400')
  }
  return formatSecondsOfDay(seconds, minutePrecision)
}

/** Internal: formats a valid seconds-of-day value. */
export function formatSecondsOfDay(seconds: number, minutePrecision: boolean): string {
  const hour = Math.floor(seconds / 3600)
  const minute = Math.floor((seconds % 3600) / 60)
  const hhmm = `${pad(hour, 2)}:${pad(minute, 2)}`
  return minutePrecision ? hhmm : `${hhmm}:${pad(seconds % 60, 2)}`
}
