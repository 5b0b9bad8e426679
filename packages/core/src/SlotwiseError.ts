import { type ErrorDetails, formatErrorMessage } from './errorMessages.js'

/**
 * Every `code` a Slotwise package can throw. The union is closed: a new code is a
 * minor release and is listed in the error catalogue of the core README.
 */
export type SlotwiseErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_INSTANT'
  | 'INVALID_INTERVAL'
  | 'INVALID_DATE'
  | 'INVALID_TIME'
  | 'INVALID_DATE_TIME'
  | 'INVALID_TIME_ZONE'
  | 'NONEXISTENT_TIME'
  | 'AMBIGUOUS_TIME'
  | 'RANGE_TOO_LARGE'
  | 'TEXT_TOO_LONG'
  | 'INVALID_REQUEST'
  | 'INVALID_SCHEDULE'
  | 'INVALID_EVENT'
  | 'INVALID_POLICY'
  | 'TOO_MANY_PEOPLE'
  | 'TOO_MANY_EVENTS'
  | 'TOO_MANY_SLOTS'
  | 'UNSUPPORTED'
  | 'INVALID_RRULE'
  | 'TOO_MANY_PERIODS'
  | 'TOO_MANY_INSTANCES'
  | 'INVALID_VENDOR_PAYLOAD'
  | 'VENDOR_LIMIT'

/** Options accepted by the {@link SlotwiseError} constructor. */
export interface SlotwiseErrorOptions {
  /** Where in the caller's input the problem is, as a JSON-path-like string (`people[2].schedule.weekly[0].to`). */
  path?: string
  /** The underlying error or value, when there is one. */
  cause?: unknown
  /** Extra facts for the message builder (the offending value, suggestions, limits). */
  details?: ErrorDetails
}

// A global symbol, so that two copies of @slotwise/core in one process recognise each other's errors.
const brand: unique symbol = Symbol.for('slotwise.error') as never

/**
 * The one error class of Slotwise: bad input, never "no slot found" (that is data).
 *
 * @example
 * try { toInstant('2024-02-30T09:00', 'UTC') } catch (error) {
 *   if (isSlotwiseError(error)) console.log(error.code, error.path) // 'INVALID_DATE_TIME' 'wallTime'
 * }
 */
export class SlotwiseError extends Error {
  /** Stable, machine-readable reason; see the error catalogue. */
  readonly code: SlotwiseErrorCode
  /** The offending field in the caller's input, or `''` when the input as a whole is at fault. */
  readonly path: string
  /** Extra facts about the failure (the value, suggestions, a limit). */
  readonly details: ErrorDetails
  declare readonly [brand]: true

  constructor(code: SlotwiseErrorCode, options: SlotwiseErrorOptions = {}) {
    const path = options.path ?? ''
    const details = options.details ?? {}
    super(
      formatErrorMessage(code, path, details),
      options.cause === undefined ? undefined : { cause: options.cause },
    )
    this.name = 'SlotwiseError'
    this.code = code
    this.path = path
    this.details = details
    Object.defineProperty(this, brand, { value: true })
  }
}

/**
 * True when `value` is a {@link SlotwiseError}, also one thrown by another copy of the package.
 *
 * @example
 * isSlotwiseError(new SlotwiseError('INVALID_TIME', { path: 'from' })) // true
 * isSlotwiseError(new TypeError('x')) // false
 */
export function isSlotwiseError(value: unknown): value is SlotwiseError {
  return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true
}
