// The package's small JSON readers. Every reader takes the value and its JSON path inside the
// payload (`collection[2].start_time`), returns a trusted value or throws
// SlotwiseError('INVALID_VENDOR_PAYLOAD') with that path. Fields are read with Object.hasOwn,
// so a payload's `__proto__` or `constructor` key is just data.
import {
  formatPlainDate,
  isSlotwiseError,
  parsePlainDate,
  parsePlainTime,
  SlotwiseError,
  type SlotwiseErrorCode,
  toInstant,
  toWallTime,
  validateTimeZone,
} from '@slotwise/core'
import type { CalendlySafeResult, CalendlyWarningCode, VendorWarning } from './types.js'

const CODE = 'INVALID_VENDOR_PAYLOAD'
const MAX_SHOWN = 60

/** A short, safe rendering of any value for messages. */
export function describe(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = JSON.stringify(value)
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    text = String(value)
  else if (Array.isArray(value)) text = `an array of ${value.length}`
  else text = typeof value === 'object' ? 'an object' : `a ${typeof value}`
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

/** Throws `INVALID_VENDOR_PAYLOAD` at `path`. */
export function fail(path: string, value: unknown, expected: string, cause?: unknown): never {
  throw new SlotwiseError(CODE, {
    path,
    details: { value: describe(value), expected },
    ...(cause === undefined ? {} : { cause }),
  })
}

/** Throws `INVALID_ARGUMENT` for a bad option. */
export function failArgument(path: string, value: unknown, expected: string): never {
  throw new SlotwiseError('INVALID_ARGUMENT', { path, details: { value: describe(value), expected } })
}

/** `path.key`, or `key` at the root. */
export function at(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/** An own field of a plain object, or undefined. */
export function field(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) fail(path, value, 'an object')
  return value
}

/** An array without holes. */
export function readArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, value, 'an array')
  // A sparse array is refused at its first hole: JSON cannot make one, and map and forEach
  // would pass over it (a hole is not an item that is absent, nor one that is undefined).
  for (let i = 0; i < value.length; i++)
    if (!(i in value)) fail(`${path}[${i}]`, undefined, 'an item, not a hole')
  return value
}

export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(path, value, 'a non-empty string')
  return value
}

/** A string, or `undefined` when the field is absent or null. */
export function readOptionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : readString(value, path)
}

export function readInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, value, `an integer ${min}…${max}`)
  }
  return value + 0
}

/** Pushes a warning. */
export function warn(
  warnings: VendorWarning[],
  code: CalendlyWarningCode,
  path: string,
  message: string,
): void {
  warnings.push({ code, path, message })
}

/**
 * Reads a Calendly `timezone`. Calendly's own examples contain `America/New York`: spaces
 * become underscores (with a warning) before the core validates the id.
 */
export function readTimeZone(value: unknown, path: string, warnings: VendorWarning[]): string {
  const text = readString(value, path)
  const normalised = text.trim().replace(/ +/g, '_')
  if (normalised !== text)
    warn(
      warnings,
      'TIME_ZONE_NORMALISED',
      path,
      `read ${JSON.stringify(text)} as ${JSON.stringify(normalised)}`,
    )
  try {
    return validateTimeZone(normalised, path)
  } catch (error) {
    return fail(path, value, 'an IANA time zone', error)
  }
}

/** Reads `YYYY-MM-DD` (Calendly's pattern also allows `2025-3-4`) into a day number. */
export function readDate(value: unknown, path: string): number {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value) : null
  if (match === null) fail(path, value, 'a date YYYY-MM-DD')
  try {
    return parsePlainDate(`${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`, path)
  } catch (error) {
    return fail(path, value, 'a real calendar date YYYY-MM-DD', error)
  }
}

/** Reads a rule's `hh:mm` (also `h:mm` and `hh:mm:ss`, `24:00`) into seconds of the day, 0…86 400. */
export function readTimeOfDay(value: unknown, path: string): number {
  const match = typeof value === 'string' ? /^(\d{1,2})(:\d{2}(?::\d{2})?)$/.exec(value) : null
  if (match === null) fail(path, value, 'a time hh:mm')
  try {
    return parsePlainTime(`${match[1]!.padStart(2, '0')}${match[2]}`, path)
  } catch (error) {
    return fail(path, value, 'a time hh:mm between 00:00 and 24:00', error)
  }
}

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)$/

/**
 * Reads an ISO 8601 timestamp as Calendly writes it (`2025-03-10T09:00:00.000000Z`, offsets
 * allowed, `T24:00` as the next midnight as in Calendly's own examples) into epoch
 * milliseconds. Digits below the millisecond are dropped, with a warning when not zero.
 */
export function readTimestamp(value: unknown, path: string, warnings: VendorWarning[]): number {
  const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null
  if (match === null) fail(path, value, 'an ISO 8601 timestamp like 2025-03-10T09:00:00.000000Z')
  const [, date, hours, minutes, seconds = '00', fraction = '', zone] = match
  const milliseconds = fraction.slice(0, 3).padEnd(3, '0')
  if (/[1-9]/.test(fraction.slice(3))) {
    warn(
      warnings,
      'PRECISION_TRUNCATED',
      path,
      `dropped the digits below the millisecond of ${describe(value)}`,
    )
  }
  const timeZone = zone === 'Z' || zone === 'z' ? 'UTC' : zone!
  try {
    if (hours === '24') {
      if (minutes !== '00' || seconds !== '00' || /[1-9]/.test(fraction))
        fail(path, value, 'a time up to 24:00:00')
      const next = formatPlainDate(parsePlainDate(date, path) + 1)
      return toInstant(`${next}T00:00:00`, timeZone)
    }
    return toInstant(`${date}T${hours}:${minutes}:${seconds}.${milliseconds}`, timeZone)
  } catch (error) {
    if (isSlotwiseError(error) && error.code === CODE) throw error
    return fail(path, value, 'a real date and time', error)
  }
}

/** How many digits `start_time` carries below the second. */
export type TimestampPrecision = 'microseconds' | 'milliseconds' | 'seconds'

/** Writes an instant the way Calendly does: UTC with `Z`, microseconds by default. */
export function formatTimestamp(instant: number, precision: TimestampPrecision = 'microseconds'): string {
  const base = toWallTime(instant, 'UTC').slice(0, 19)
  if (precision === 'seconds') return `${base}Z`
  const milliseconds = String(((instant % 1000) + 1000) % 1000).padStart(3, '0')
  return precision === 'milliseconds' ? `${base}.${milliseconds}Z` : `${base}.${milliseconds}000Z`
}

/** Runs a throwing mapping and returns its result or the SlotwiseError as issues; other errors are bugs and rethrow. */
export function runSafely<T>(run: () => T): CalendlySafeResult<T> {
  try {
    return { success: true, value: run() }
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    return {
      success: false,
      issues: [{ code: error.code, path: error.path, message: error.message, details: error.details }],
    }
  }
}

/** Rethrows a core error raised while checking a value the caller gave, with `path` rewritten. */
export function rethrowAt(error: unknown, from: string, to: string): never {
  if (!isSlotwiseError(error)) throw error
  const path = error.path.startsWith(from) ? to + error.path.slice(from.length) : to
  throw new SlotwiseError(error.code as SlotwiseErrorCode, { path, details: error.details, cause: error })
}
