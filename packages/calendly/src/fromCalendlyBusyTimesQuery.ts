import type { Instant } from '@slotwise/core'
import { BUSY_TIMES_MAX_DAYS } from './limits.js'
import { runSafely } from './read.js'
import { readQuery } from './readQuery.js'
import type { CalendlySafeResult, VendorWarning } from './types.js'

/** Options of the query mappers: `now` is always passed in (nothing here reads the clock). */
export interface CalendlyQueryOptions {
  readonly now: Instant
}

/** A `GET /user_busy_times` query as a core window. */
export interface CalendlyBusyTimesQuery {
  readonly user: string
  /** `[start_time, end_time)` as instants. */
  readonly window: { readonly start: Instant; readonly end: Instant }
  readonly warnings: VendorWarning[]
}

/**
 * Reads a `GET /user_busy_times` query (`{ user, start_time, end_time }`, e.g.
 * `Object.fromEntries(url.searchParams)`) into a window, refusing what Calendly refuses:
 * a `start_time` before `now`, an `end_time` not after it, a range over 7 days.
 *
 * @throws SlotwiseError `VENDOR_LIMIT` with `details.vendorError` = Calendly's own 400 body
 *   (`{ title: 'Invalid Argument', message, details: [{ parameter, message }] }`), `limit` and
 *   `actual`; `INVALID_VENDOR_PAYLOAD` for a missing or malformed parameter; `INVALID_ARGUMENT` for a bad `now`.
 * @example
 * fromCalendlyBusyTimesQuery({ user: 'https://api.calendly.com/users/U1', start_time: '2026-03-09T00:00:00Z',
 *   end_time: '2026-03-17T00:00:00Z' }, { now: Date.UTC(2026, 2, 1) }) // throws VENDOR_LIMIT (8 days)
 */
export function fromCalendlyBusyTimesQuery(
  query: unknown,
  options: CalendlyQueryOptions,
): CalendlyBusyTimesQuery {
  const { resource, window, warnings } = readQuery(query, 'user', options?.now, () => BUSY_TIMES_MAX_DAYS)
  return { user: resource, window, warnings }
}

/**
 * {@link fromCalendlyBusyTimesQuery} without throwing; a refusal's issue carries `details.vendorError`.
 * @example
 * safeFromCalendlyBusyTimesQuery({ user: 'u', start_time: '2020-01-01T00:00:00Z', end_time: '2020-01-02T00:00:00Z' }, { now: Date.UTC(2026, 0, 1) }).success // false
 */
export function safeFromCalendlyBusyTimesQuery(
  query: unknown,
  options: CalendlyQueryOptions,
): CalendlySafeResult<CalendlyBusyTimesQuery> {
  return runSafely(() => fromCalendlyBusyTimesQuery(query, options))
}
