import type { Instant } from '@slotwise/core'
import type { CalendlyQueryOptions } from './fromCalendlyBusyTimesQuery.js'
import { availableTimesMaxDays } from './limits.js'
import { runSafely } from './read.js'
import { readQuery } from './readQuery.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** A `GET /event_type_available_times` query as a core window. */
export interface CalendlyAvailableTimesQuery {
  readonly eventType: string
  /** `[start_time, end_time)` as instants. */
  readonly window: { readonly start: Instant; readonly end: Instant }
  readonly warnings: VendorWarning[]
}

/**
 * Reads a `GET /event_type_available_times` query (`{ event_type, start_time, end_time }`)
 * into a window, refusing what Calendly refuses at `now`: a `start_time` before `now`, an
 * `end_time` not after it, a range over 31 days (over 7 days before 2026-07-09, see
 * {@link availableTimesMaxDays}).
 *
 * @throws SlotwiseError `VENDOR_LIMIT` with `details.vendorError` = Calendly's own 400 body,
 *   `limit` and `actual`; `INVALID_VENDOR_PAYLOAD` for a missing or malformed parameter; `INVALID_ARGUMENT` for a bad `now`.
 * @example
 * const query = { event_type: 'https://api.calendly.com/event_types/ET1', start_time: '2026-08-01T00:00:00.000000Z', end_time: '2026-08-20T00:00:00.000000Z' }
 * fromCalendlyAvailableTimesQuery(query, { now: Date.UTC(2026, 6, 20) }).window // { start: Date.UTC(2026, 7, 1), end: Date.UTC(2026, 7, 20) }
 * fromCalendlyAvailableTimesQuery({ ...query, start_time: '2026-06-01T00:00:00Z', end_time: '2026-06-09T00:00:00Z' }, { now: Date.UTC(2026, 4, 1) }) // throws VENDOR_LIMIT (7 days before 2026-07-09)
 */
export function fromCalendlyAvailableTimesQuery(
  query: unknown,
  options: CalendlyQueryOptions,
): CalendlyAvailableTimesQuery {
  const { resource, window, warnings } = readQuery(query, 'event_type', options?.now, availableTimesMaxDays)
  return { eventType: resource, window, warnings }
}

/**
 * {@link fromCalendlyAvailableTimesQuery} without throwing; a refusal's issue carries `details.vendorError`.
 * @example
 * safeFromCalendlyAvailableTimesQuery({ event_type: 'e' }, { now: 0 }).success // false
 */
export function safeFromCalendlyAvailableTimesQuery(
  query: unknown,
  options: CalendlyQueryOptions,
): CalendlySafeResult<CalendlyAvailableTimesQuery> {
  return runSafely(() => fromCalendlyAvailableTimesQuery(query, options))
}
