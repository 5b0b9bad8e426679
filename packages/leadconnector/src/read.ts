// The package's small JSON readers. Each one returns a trusted value or throws
// SlotwiseError('INVALID_VENDOR_PAYLOAD') with the JSON path of the field inside the payload.
// Fields are read with Object.hasOwn, so `constructor` or `__proto__` in a payload is data.
import {
  isSlotwiseError,
  parsePlainDate,
  plainDateFromFields,
  type SafeParseResult,
  SlotwiseError,
  toInstant,
  validateTimeZone,
} from '@slotwise/core'

const CODE = 'INVALID_VENDOR_PAYLOAD'

/** A JSON object read from a payload; internal. */
export type JsonObject = Readonly<Record<string, unknown>>

function describe(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = JSON.stringify(value)
  else if (Array.isArray(value)) text = `an array of ${value.length}`
  else if (typeof value === 'object' && value !== null) text = 'an object'
  else text = String(value)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** Throws `INVALID_VENDOR_PAYLOAD` at `path`. */
export function fail(path: string, value: unknown, expected: string): never {
  throw new SlotwiseError(CODE, { path, details: { value: describe(value), expected } })
}

/** Throws INVALID_ARGUMENT at `path` unless `value` passes `check`: a caller's argument, not the payload. */
export function checkArgument(ok: boolean, path: string, expected: string): void {
  if (!ok) throw new SlotwiseError('INVALID_ARGUMENT', { path, details: { expected } })
}

/** An options argument: absent, or an object (`null` or a number is the caller's mistake). */
export function checkOptions(options: unknown, path = 'options'): void {
  checkArgument(
    options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options)),
    path,
    'an options object',
  )
}

/** `calendar` + `openHours` → `calendar.openHours`; `events` + 2 → `events[2]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return path === '' ? key : `${path}.${key}`
}

/** An own property of `object`, or `undefined` (never an inherited one). */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** A plain JSON object (not null, not an array). */
export function readObject(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, value, 'an object')
  return value as JsonObject
}

/** An array without holes; `[]` when absent or null and `optional`. */
export function readArray(value: unknown, path: string, optional = true): readonly unknown[] {
  if ((value === undefined || value === null) && optional) return []
  if (!Array.isArray(value)) fail(path, value, 'an array')
  // A sparse array is refused at its first hole: JSON cannot make one, and map and forEach
  // would pass over it (a hole is not an item that is absent, nor one that is undefined).
  for (let i = 0; i < value.length; i++)
    if (!(i in value)) fail(at(path, i), undefined, 'an item, not a hole')
  return value
}

/** A non-empty string of at most `maxLength` characters. */
export function readString(value: unknown, path: string, maxLength = 1024): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    fail(path, value, `a string of 1…${maxLength} characters`)
  }
  return value
}

/** A string, or `undefined` when absent, null or empty. */
export function readOptionalString(value: unknown, path: string, maxLength = 1024): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  return readString(value, path, maxLength)
}

/** A finite number in `[min, max]`; `fallback` when absent or null. */
export function readNumber(
  value: unknown,
  path: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  if ((value === undefined || value === null) && fallback !== undefined) return fallback
  if (typeof value !== 'number' || !(value >= min && value <= max))
    fail(path, value, `a number ${min}…${max}`)
  return value + 0
}

/** An integer in `[min, max]`; `fallback` when absent or null. */
export function readInteger(
  value: unknown,
  path: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  const number = readNumber(value, path, min, max, fallback)
  if (!Number.isInteger(number)) fail(path, value, `an integer ${min}…${max}`)
  return number
}

/** One of `choices`; `fallback` when absent or null. */
export function readChoice<T extends string>(
  value: unknown,
  path: string,
  choices: readonly T[],
  fallback?: T,
): T {
  if ((value === undefined || value === null) && fallback !== undefined) return fallback
  if (typeof value !== 'string' || !choices.includes(value as T)) fail(path, value, choices.join(' | '))
  return value as T
}

/** `true`/`false` (also the strings `"true"`/`"false"` LeadConnector sometimes sends); `fallback` when absent. */
export function readFlag(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  return fail(path, value, 'true | false')
}

/** A `YYYY-MM-DD` date, checked by the core. */
export function readDate(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(path, value, 'a date YYYY-MM-DD')
  adopt(path, () => parsePlainDate(value))
  return value
}

/** A time zone id the runtime knows, kept as written. */
export function readTimeZone(value: unknown, path: string): string {
  const text = readString(value, path, 64)
  return adopt(path, () => validateTimeZone(text))
}

const OFFSET_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}(?:\d{2}|:\d{2}(?::\d{2})?)?)?$/i

/** An instant read from ISO text, with the offset as written (`'-04:00'`, `'Z'`), or none. */
export interface ReadInstant {
  readonly instant: number
  readonly offset: string | undefined
}

/** `YYYY-MM-DDTHH:MM:SS`, optionally `.sss`, then `Z` or `±HH:MM`: how LeadConnector writes times. */
const COMMON_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:[Zz]|[+-]\d{2}:\d{2})$/

/** Earliest and latest instants the core's zone functions take: 0001-01-02 and 9999-12-30 UTC. */
const FIRST_INSTANT = plainDateFromFields({ year: 1, month: 1, day: 2 }) * 86_400_000
const LAST_INSTANT = plainDateFromFields({ year: 9999, month: 12, day: 31 }) * 86_400_000 - 1

/** The number the two ASCII digits at `text[at]` write (the pattern has checked they are digits). */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48
}

/**
 * The instant of `text` in {@link COMMON_DATE_TIME}'s shape by arithmetic, or NaN when it has
 * another shape or is not a valid time (then {@link readDateTime} reads it the long way and
 * says why). An event list holds thousands of these: this skips the capture groups, the
 * substring and the zone lookup the long way costs per value.
 */
export function scanCommonDateTime(text: string): number {
  if (!COMMON_DATE_TIME.test(text)) return Number.NaN
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = twoDigits(text, 17)
  const zoneAt = text.length === 20 || text.length === 25 ? 19 : 23
  const offsetHours = zoneAt + 1 === text.length ? 0 : twoDigits(text, zoneAt + 1)
  const offsetMinutes = zoneAt + 1 === text.length ? 0 : twoDigits(text, zoneAt + 4)
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return Number.NaN
  let days: number
  try {
    const year = twoDigits(text, 0) * 100 + twoDigits(text, 2)
    days = plainDateFromFields({ year, month: twoDigits(text, 5), day: twoDigits(text, 8) })
  } catch {
    return Number.NaN
  }
  const offset = (offsetHours * 60 + offsetMinutes) * (text.charCodeAt(zoneAt) === 45 ? -60_000 : 60_000)
  const instant =
    days * 86_400_000 +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    (zoneAt === 23 ? twoDigits(text, 20) * 10 + text.charCodeAt(22) - 48 : 0) -
    offset
  return instant >= FIRST_INSTANT && instant <= LAST_INSTANT ? instant : Number.NaN
}

/** {@link scanCommonDateTime} with the offset as written, or `undefined`. */
function readCommonDateTime(value: unknown): ReadInstant | undefined {
  if (typeof value !== 'string') return undefined
  const instant = scanCommonDateTime(value)
  if (Number.isNaN(instant)) return undefined
  return { instant, offset: value.length === 20 || value.length === 24 ? 'Z' : value.slice(-6) }
}

/**
 * An ISO 8601 date-time with an offset (`2025-03-10T10:00:00-04:00`, `…Z`) or epoch
 * milliseconds; without an offset the wall time is read in `timeZone`, and when there is
 * none the payload is refused.
 */
export function readDateTime(value: unknown, path: string, timeZone: string | undefined): ReadInstant {
  const common = readCommonDateTime(value)
  if (common !== undefined) return common
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || Math.abs(value) > 8.64e15) fail(path, value, 'epoch milliseconds')
    return { instant: value + 0, offset: undefined }
  }
  const match = typeof value === 'string' ? OFFSET_DATE_TIME.exec(value) : null
  if (match === null) fail(path, value, 'an ISO 8601 date-time with an offset')
  const offset = match[2] === undefined ? undefined : match[2].toUpperCase()
  const zone = offset ?? timeZone
  if (zone === undefined) fail(path, value, 'an ISO 8601 date-time with an offset')
  return { instant: adopt(path, () => toInstant(match[1]!, zone)), offset }
}

// The `…At` readers are for lists of many items: they check field `key` of the item at
// `path` first and build the field's path only to report a refusal.

/** {@link readString} of field `key` of the item at `path`. */
export function readStringAt(value: unknown, path: string, key: string, maxLength = 1024): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= maxLength) return value
  return readString(value, at(path, key), maxLength)
}

/** {@link readOptionalString} of field `key` of the item at `path`. */
export function readOptionalStringAt(
  value: unknown,
  path: string,
  key: string,
  maxLength = 1024,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  return readStringAt(value, path, key, maxLength)
}

/** {@link readDateTime} of field `key` of the item at `path`. */
export function readDateTimeAt(
  value: unknown,
  path: string,
  key: string,
  timeZone: string | undefined,
): ReadInstant {
  return readCommonDateTime(value) ?? readDateTime(value, at(path, key), timeZone)
}

/** Runs a core call on payload data; a core error becomes `INVALID_VENDOR_PAYLOAD` at `path`. */
export function adopt<T>(path: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (!isSlotwiseError(error) || error.code === 'VENDOR_LIMIT') throw error
    if (error.code === CODE) throw error
    throw new SlotwiseError(CODE, { path, cause: error, details: error.details })
  }
}

/** The safe twin of a throwing mapper: `{ success, value | issues }`; other errors still throw (bugs). */
export function safely<T>(run: () => T): SafeParseResult<T> {
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

/**
 * The object under `key` when the payload is wrapped (`{ calendar: {…} }`), else the payload
 * itself, with the path prefix to use.
 */
export function unwrap(payload: unknown, key: string): { object: JsonObject; path: string } {
  const root = readObject(payload, '')
  const inner = own(root, key)
  if (typeof inner === 'object' && inner !== null && !Array.isArray(inner))
    return { object: inner as JsonObject, path: key }
  return { object: root, path: '' }
}
