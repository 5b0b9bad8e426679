// Readers for untrusted request fields: each returns a trusted value or throws
// SlotwiseError with the field's path. Shared by schedule, busy, slots and team.
import { describeValue } from '../errorMessages.js'
import { SlotwiseError, type SlotwiseErrorCode } from '../SlotwiseError.js'

/** Throws `code` at `path` for `value`, with what was expected. */
export function fail(code: SlotwiseErrorCode, path: string, value: unknown, expected?: string): never {
  throw new SlotwiseError(code, {
    path,
    details:
      expected === undefined ? { value: describeValue(value) } : { value: describeValue(value), expected },
  })
}

/** True for an integer in `[min, max]` (so never NaN, ±Infinity, a fraction or a non-number). */
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
}

/** A plain object (not null, not an array), or a failure. */
export function readObject(value: unknown, code: SlotwiseErrorCode, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(code, path, value, 'an object')
  return value as Record<string, unknown>
}

/** An array without holes (or `[]` when absent and `optional`). */
export function readArray(
  value: unknown,
  code: SlotwiseErrorCode,
  path: string,
  optional = true,
): readonly unknown[] {
  if (value === undefined && optional) return []
  if (!Array.isArray(value)) fail(code, path, value, 'an array')
  // A hole is refused where it is: forEach would pass over it.
  for (let i = 0; i < value.length; i++)
    if (!(i in value)) fail(code, `${path}[${i}]`, undefined, 'an item, not a hole')
  return value
}

/** An integer in `[min, max]`, or `fallback` when absent. */
export function readInteger(
  value: unknown,
  code: SlotwiseErrorCode,
  path: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  if (value === undefined && fallback !== undefined) return fallback
  if (!isIntegerIn(value, min, max)) fail(code, path, value, `an integer ${min}…${max}`)
  return value + 0
}

/** A finite number in `[min, max]`, or `fallback` when absent. */
export function readNumber(
  value: unknown,
  code: SlotwiseErrorCode,
  path: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value !== 'number' || !(value >= min && value <= max))
    fail(code, path, value, `a number ${min}…${max}`)
  return value + 0
}

/** Default longest id, event type or seed in a request (`caps.maxTextLength`). */
export const MAX_TEXT_LENGTH = 1024

/** A non-empty string of at most `maxLength` characters; longer is `TEXT_TOO_LONG`. */
export function readString(
  value: unknown,
  code: SlotwiseErrorCode,
  path: string,
  maxLength = MAX_TEXT_LENGTH,
): string {
  if (typeof value !== 'string' || value.length === 0) fail(code, path, value, 'a non-empty string')
  checkTextLength(value, maxLength, path)
  return value
}

/** Throws `TEXT_TOO_LONG` at `path` for text over `limit`, with the limit and the length. */
export function checkTextLength(text: string, limit: number, path: string): void {
  if (text.length > limit) {
    throw new SlotwiseError('TEXT_TOO_LONG', { path, details: { limit, actual: text.length } })
  }
}

/** `true`/`false`, or `fallback` when absent. */
export function readBoolean(
  value: unknown,
  code: SlotwiseErrorCode,
  path: string,
  fallback: boolean,
): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') fail(code, path, value, 'true or false')
  return value
}

/** One of `choices`, or `fallback` when absent; without a fallback the choice is required. */
export function readChoice<T extends string>(
  value: unknown,
  code: SlotwiseErrorCode,
  path: string,
  choices: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback
  if (!choices.includes(value as T)) fail(code, path, value, choices.join(' | '))
  return value as T
}
