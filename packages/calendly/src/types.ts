import type { ErrorDetails, SafeParseIssue } from '@slotwise/core'

/** Lower-case weekday names as Calendly writes them in `wday` rules. */
export type CalendlyWeekday =
  | 'sunday'
  | 'monday'
  | 'tuesday'
  | 'wednesday'
  | 'thursday'
  | 'friday'
  | 'saturday'

/** One `{ from, to }` interval of a rule: `hh:mm`, 24-hour, wall clock in the schedule's zone. */
export interface CalendlyInterval {
  from: string
  to: string
}

/** A weekly rule (`type: 'wday'`) or a date override (`type: 'date'`); `intervals: []` means unavailable. */
export type CalendlyRule =
  | { type: 'wday'; wday: CalendlyWeekday; intervals: CalendlyInterval[] }
  | { type: 'date'; date: string; intervals: CalendlyInterval[] }

/** The owned part of a user availability schedule (and of an event type's `availability_rule`). */
export interface CalendlyAvailabilityRule {
  timezone: string
  rules: CalendlyRule[]
  [field: string]: unknown
}

/** One item of the `event_type_available_times` collection, in Calendly's key order. */
export interface CalendlyAvailableTime {
  status: 'available'
  invitees_remaining: number
  start_time: string
  scheduling_url: string
}

/** The `GET /event_type_available_times` response body. */
export interface CalendlyAvailableTimes {
  collection: CalendlyAvailableTime[]
}

/** Calendly's error body (`400 Invalid Argument` and friends). */
export interface CalendlyErrorBody {
  title: string
  message: string
  details?: Array<{ parameter?: string; message: string }>
}

/** Every warning code a mapping of this package can return (see the README's table). */
export type CalendlyWarningCode =
  | 'TIME_ZONE_NORMALISED'
  | 'TIME_ZONE_DROPPED'
  | 'SCHEDULES_IGNORED'
  | 'UNKNOWN_RULE_TYPE'
  | 'DUPLICATE_RULE'
  | 'INTERVALS_MERGED'
  | 'END_OF_DAY_NORMALISED'
  | 'INTERVAL_CROSSES_MIDNIGHT'
  | 'EMPTY_INTERVAL_DROPPED'
  | 'UNKNOWN_BUSY_TYPE'
  | 'BUFFER_IGNORED'
  | 'BUFFER_ROUNDED'
  | 'PRECISION_TRUNCATED'
  | 'INCREMENT_DEFAULTED'
  | 'BUFFERS_DEFAULTED'
  | 'DURATION_OPTIONS_IGNORED'
  | 'GROUP_CAPACITY_UNKNOWN'
  | 'EVENT_TYPE_INACTIVE'
  | 'UNKNOWN_POOLING_TYPE'
  | 'STATUS_NOT_AVAILABLE'
  | 'NO_TEMPLATE'
  | 'BREAKS_SPLIT'
  | 'HOLIDAYS_AS_DATE_RULES'
  | 'LEAVE_AS_DATE_RULES'
  | 'LEAVE_IN_DST_FOLD'
  | 'ZONE_CHANGES_DROPPED'
  | 'SECONDS_ROUNDED'
  | 'PAST_DATE_RULES_DROPPED'
  | 'FIXED_OFFSET_TIME_ZONE'

/** Something a mapping could not represent exactly, or reinterpreted; never silent. */
export interface VendorWarning {
  readonly code: CalendlyWarningCode
  /** Where in the mapping's input (`rules[3].intervals[0].to`; `''` for the whole input). */
  readonly path: string
  readonly message: string
}

/** A problem found by a `safeFrom…` function; `details` holds `vendorError` for `VENDOR_LIMIT`. */
export interface CalendlyIssue extends SafeParseIssue {
  readonly details: ErrorDetails
}

/** What every `safeFrom…` function returns instead of throwing. */
export type CalendlySafeResult<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly issues: readonly CalendlyIssue[] }
