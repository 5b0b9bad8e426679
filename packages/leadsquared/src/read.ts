// Small readers for untrusted LeadSquared JSON: each returns a trusted value or throws
// SlotwiseError('INVALID_VENDOR_PAYLOAD') with the JSON path of the field. Own properties
// only, so a `__proto__` key in the payload is just data.
import {
  isSlotwiseError,
  isValidTimeZone,
  type PlainDate,
  type PlainTime,
  plainDateFromFields,
  SlotwiseError,
  safeParsePlainDate,
  safeParsePlainDateTime,
  safeParsePlainTime,
  type WallMilliseconds,
} from '@slotwise/core'
import type { LeadSquaredUser, SafeMapped, VendorWarning, VendorWarningCode } from './types.js'

const CODE = 'INVALID_VENDOR_PAYLOAD'
const SECONDS_PER_DAY = 86_400

/** A value short enough for a message. */
function describe(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = JSON.stringify(value)
  else if (typeof value === 'number' || typeof value === 'boolean' || value == null) text = String(value)
  else if (Array.isArray(value)) text = `an array of ${value.length}`
  else text = typeof value === 'object' ? 'an object' : `a ${typeof value}`
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** Throws INVALID_VENDOR_PAYLOAD at `path`. */
export function fail(path: string, value: unknown, expected: string, cause?: unknown): never {
  throw new SlotwiseError(CODE, {
    path,
    details: { value: describe(value), expected },
    ...(cause === undefined ? {} : { cause }),
  })
}

/** `base.key` (or `key` at the root). */
export function at(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`
  return base === '' ? key : `${base}.${key}`
}

/** A plain object (not null, not an array). */
export function readObject(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, value, 'an object')
  return value as Record<string, unknown>
}

/** An own property, or undefined (never an inherited one). */
export function field(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** An array without holes; `null`/absent give `[]` when `optional`. */
export function readArray(value: unknown, path: string, optional = false): readonly unknown[] {
  if ((value === undefined || value === null) && optional) return []
  if (!Array.isArray(value)) fail(path, value, 'an array')
  // A sparse array is refused at its first hole: JSON cannot make one, and map and forEach
  // would pass over it (a hole is not an item that is absent, nor one that is undefined).
  for (let i = 0; i < value.length; i++)
    if (!(i in value)) fail(at(path, i), undefined, 'an item, not a hole')
  return value
}

/** A non-empty string of at most `maxLength` characters. */
export function readString(value: unknown, path: string, maxLength = 320): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    fail(path, value, `a string of 1…${maxLength} characters`)
  }
  return value
}

/** A string, or `null` when absent, `null` or empty. */
export function readOptionalString(value: unknown, path: string, maxLength = 320): string | null {
  if (value === undefined || value === null || value === '') return null
  return readString(value, path, maxLength)
}

/** `true`/`false`, or `fallback` when absent or null. */
export function readBoolean(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'boolean') fail(path, value, 'true or false')
  return value
}

/** An integer in `[min, max]`. */
export function readInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, value, `an integer ${min}…${max}`)
  }
  return value + 0
}

/** `yyyy-MM-dd` → days since 1970-01-01. */
export function readDate(value: unknown, path: string): PlainDate {
  const parsed = safeParsePlainDate(value)
  if (!parsed.success) fail(path, value, 'a date yyyy-MM-dd')
  return parsed.value
}

/**
 * `HH:mm:ss` (or `HH:mm`) → seconds of day. A start is 0…86 399; an end is 0…86 400, where
 * `23:59:59` and `24:00` read as the end of the day (86 400), LeadSquared's way of writing
 * "until midnight".
 */
export function readClock(value: unknown, path: string, end: boolean): PlainTime {
  const parsed = safeParsePlainTime(value)
  if (!parsed.success || (!end && parsed.value === SECONDS_PER_DAY)) fail(path, value, 'a time HH:mm:ss')
  return end && parsed.value === SECONDS_PER_DAY - 1 ? SECONDS_PER_DAY : parsed.value
}

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}

/** The number written by exactly `count` ASCII digits at `text[at]`, or -1. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/**
 * Wall milliseconds of `yyyy-MM-dd HH:mm:ss` or `yyyy-MM-dd HH:mm:ss.fff` (space or `T`), or
 * NaN for anything else, including the shorter forms the core also reads. A task list holds
 * tens of thousands of these, and the core's parser wants a `T` (a new string per value) and
 * wraps each answer in a result object.
 */
function scanCommonDateTime(text: string): number {
  const length = text.length
  if (length !== 19 && length !== 23) return Number.NaN
  const separator = text.charCodeAt(10)
  if (
    (separator !== 32 && separator !== 84) ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    (length === 23 && text.charCodeAt(19) !== 46)
  )
    return Number.NaN
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  const hour = digitsAt(text, 11, 2)
  const minute = digitsAt(text, 14, 2)
  const second = digitsAt(text, 17, 2)
  const milliseconds = length === 23 ? digitsAt(text, 20, 3) : 0
  // A non-digit reads as -1, so every lower bound also refuses it.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milliseconds < 0)
    return Number.NaN
  return (
    plainDateFromFields({ year, month, day }) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    milliseconds
  )
}

/**
 * `yyyy-MM-dd HH:mm:ss[.fff]` (a `T` is accepted too; also `HH:mm` and one or two fraction
 * digits, as the core's `parsePlainDateTime` reads them) → wall milliseconds.
 */
export function readDateTime(value: unknown, path: string): WallMilliseconds {
  if (typeof value === 'string') {
    const wall = scanCommonDateTime(value)
    if (!Number.isNaN(wall)) return wall
  }
  if (typeof value === 'string' && value.length >= 16 && value.length <= 30 && value[10] === ' ') {
    const parsed = safeParsePlainDateTime(`${value.slice(0, 10)}T${value.slice(11)}`)
    if (parsed.success) return parsed.value
  } else {
    const parsed = safeParsePlainDateTime(value)
    if (parsed.success) return parsed.value
  }
  return fail(path, value, 'a date and time yyyy-MM-dd HH:mm:ss')
}

/** `base[index].key`, the path of a field of a list item. */
export function itemPath(base: string, index: number, key: string): string {
  return at(at(base, index), key)
}

// The `…At` readers below are for lists of tens of thousands of items: they check the value
// first and build its path only to report a refusal, through the reader above.

/** {@link readObject} of item `base[index]`. */
export function readObjectAt(value: unknown, base: string, index: number): Readonly<Record<string, unknown>> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>
  return readObject(value, at(base, index))
}

/** {@link readString} (at most 320 characters) of field `key` of item `base[index]`. */
export function readStringAt(value: unknown, base: string, index: number, key: string): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= 320) return value
  return readString(value, itemPath(base, index, key))
}

/** {@link readOptionalString} (at most 320 characters) of field `key` of item `base[index]`. */
export function readOptionalStringAt(
  value: unknown,
  base: string,
  index: number,
  key: string,
): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string' && value.length <= 320) return value
  return readString(value, itemPath(base, index, key))
}

/** {@link readDateTime} of field `key` of item `base[index]`. */
export function readDateTimeAt(value: unknown, base: string, index: number, key: string): WallMilliseconds {
  if (typeof value === 'string') {
    const wall = scanCommonDateTime(value)
    if (!Number.isNaN(wall)) return wall
  }
  return readDateTime(value, itemPath(base, index, key))
}

/** An IANA zone id (or `UTC`, or a fixed offset) the runtime knows. */
export function readZone(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isValidTimeZone(value)) fail(path, value, 'an IANA time zone')
  return value
}

/** A zone id, or `null` when absent, null or empty. */
export function readOptionalZone(value: unknown, path: string): string | null {
  if (value === undefined || value === null || value === '') return null
  return readZone(value, path)
}

/** Collects warnings for one mapping. */
export class Warnings {
  readonly list: VendorWarning[] = []
  add(code: VendorWarningCode, path: string, message: string): void {
    this.list.push({ code, path, message })
  }
}

/** Runs a throwing mapper and returns its safe form; errors other than SlotwiseError are bugs and still throw. */
export function runSafely<T>(run: () => { value: T; warnings: VendorWarning[] }): SafeMapped<T> {
  try {
    const { value, warnings } = run()
    return { success: true, value, warnings }
  } catch (error) {
    if (!isSlotwiseError(error)) throw error
    return {
      success: false,
      issues: [{ code: error.code, path: error.path, message: error.message, details: error.details }],
    }
  }
}

/** A user record: `ID` (or `UserId`), `EmailAddress`, `TimeZone`, `WorkDayTemplateId`, `HolidayCalendarId`. */
export function readUser(item: unknown, path: string): LeadSquaredUser {
  const user = readObject(item, path)
  const idValue = field(user, 'ID')
  return {
    ID: readString(idValue === undefined ? field(user, 'UserId') : idValue, at(path, 'ID')),
    EmailAddress: readOptionalString(field(user, 'EmailAddress'), at(path, 'EmailAddress')),
    TimeZone: readOptionalZone(field(user, 'TimeZone'), at(path, 'TimeZone')),
    WorkDayTemplateId: readOptionalString(field(user, 'WorkDayTemplateId'), at(path, 'WorkDayTemplateId')),
    HolidayCalendarId: readOptionalString(field(user, 'HolidayCalendarId'), at(path, 'HolidayCalendarId')),
  }
}
