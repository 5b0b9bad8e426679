import type { SlotwiseErrorCode } from './SlotwiseError.js'

/** Facts a message builder may use; all optional, all plain data. */
export interface ErrorDetails {
  /** The offending value, already shortened for display. */
  value?: string
  /** What was expected instead. */
  expected?: string
  /** Close valid alternatives (zone ids, field names). */
  suggestions?: readonly string[]
  /** A limit that was exceeded. */
  limit?: number
  /** The amount that exceeded it. */
  actual?: number
  /** For `VENDOR_LIMIT`: the error body the vendor itself would send, ready to return as is. */
  vendorError?: unknown
}

const MAX_SHOWN = 60

/** Renders any value short enough to put in a message. */
export function describeValue(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = JSON.stringify(value)
  else if (typeof value === 'number') text = Object.is(value, -0) ? '-0' : String(value)
  else if (typeof value === 'bigint') text = `${value}n`
  else if (value === null || value === undefined || typeof value === 'boolean') text = String(value)
  else if (Array.isArray(value)) text = `an array of ${value.length}`
  else text = typeof value === 'object' ? 'an object' : `a ${typeof value}`
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

const summaries: Record<SlotwiseErrorCode, string> = {
  INVALID_ARGUMENT: 'invalid argument',
  INVALID_INSTANT: 'an instant must be an integer number of epoch milliseconds in the supported range',
  INVALID_INTERVAL: 'an interval needs integer instants with start <= end',
  INVALID_DATE: 'a date must be a real calendar date written YYYY-MM-DD',
  INVALID_TIME: 'a time of day must be HH:MM or HH:MM:SS between 00:00 and 24:00',
  INVALID_DATE_TIME: 'a wall time must be a real date and time written YYYY-MM-DDTHH:MM[:SS]',
  INVALID_TIME_ZONE: 'unknown time zone: use an IANA id, "UTC" or a fixed offset like "+05:30"',
  NONEXISTENT_TIME:
    'this wall time does not exist in the time zone (a DST gap) and disambiguation is "reject"',
  AMBIGUOUS_TIME: 'this wall time occurs twice in the time zone (a DST fold) and disambiguation is "reject"',
  RANGE_TOO_LARGE: 'the range is larger than the allowed maximum',
  TEXT_TOO_LONG: 'the text is longer than allowed',
  INVALID_REQUEST: 'the availability request is malformed',
  INVALID_SCHEDULE: 'the schedule is malformed',
  INVALID_EVENT: 'the busy event is malformed',
  INVALID_POLICY: 'the slot policy is malformed',
  TOO_MANY_PEOPLE: 'the request has more people than allowed',
  TOO_MANY_EVENTS: 'the request has more busy events than allowed',
  TOO_MANY_SLOTS: 'the answer would hold more slots than allowed',
  UNSUPPORTED: 'this input needs a capability that is not available',
  INVALID_RRULE: 'the recurrence rule is malformed (RFC 5545)',
  TOO_MANY_PERIODS: 'the recurrence scans more periods than allowed',
  TOO_MANY_INSTANCES: 'the recurrence yields more instances than allowed',
  INVALID_VENDOR_PAYLOAD: 'the vendor payload does not have the expected shape',
  VENDOR_LIMIT: 'the request is outside what the vendor allows',
}

/** Builds the message of a {@link SlotwiseError}; the one place where error text lives. */
export function formatErrorMessage(
  code: SlotwiseErrorCode,
  path: string,
  { value, expected, limit, actual, suggestions }: ErrorDetails,
): string {
  let message = summaries[code]
  if (value !== undefined) message += `; got ${value}`
  if (expected !== undefined) message += `; expected ${expected}`
  if (limit !== undefined)
    message += actual === undefined ? `; limit ${limit}` : `; limit ${limit}, got ${actual}`
  if (suggestions !== undefined && suggestions.length > 0) {
    message += `; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(', ')}?`
  }
  return path === '' ? message : `${path}: ${message}`
}

/** The one-line summary of every code, for the error catalogue. */
export const errorSummaries: Readonly<Record<SlotwiseErrorCode, string>> = summaries
