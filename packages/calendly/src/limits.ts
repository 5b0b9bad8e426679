// Calendly's numbers, in one place so a change on Calendly's side is a one-line change here.
// Sources: developer.calendly.com "List User Busy Times", "List Event Type Available Times"
// and the release note of 2026-07-09 (available times: 7 days → 31 days).
import { failArgument } from './read.js'

/** `GET /user_busy_times`: the longest `start_time`–`end_time` range, in days. */
export const BUSY_TIMES_MAX_DAYS = 7

/** `GET /event_type_available_times`: the longest range from {@link AVAILABLE_TIMES_RANGE_CHANGED_AT} on, in days. */
export const AVAILABLE_TIMES_MAX_DAYS = 31

/** `GET /event_type_available_times`: the longest range before {@link AVAILABLE_TIMES_RANGE_CHANGED_AT}, in days. */
export const AVAILABLE_TIMES_MAX_DAYS_BEFORE_CHANGE = 7

/** 2026-07-09T00:00:00Z: from this instant on, available times accept 31 days instead of 7. */
export const AVAILABLE_TIMES_RANGE_CHANGED_AT = Date.UTC(2026, 6, 9)

/**
 * Not Calendly's number but this adapter's: the most `date` rules one schedule mapping may
 * write (holiday and leave ranges expand to one rule per date), about ten years of dates.
 */
export const MAX_DATE_RULES = 3660

/**
 * The longest `event_type_available_times` range Calendly accepts at `now`: 7 days before
 * 2026-07-09, 31 days from then on.
 *
 * @throws SlotwiseError `INVALID_ARGUMENT` (path `now`) when `now` is not a number.
 * @example
 * availableTimesMaxDays(Date.UTC(2026, 0, 1)) // 7
 * availableTimesMaxDays(Date.UTC(2026, 6, 9)) // 31
 */
export function availableTimesMaxDays(now: number): number {
  // A caller's non-number (a null-prototype object cannot even be compared) is refused.
  if (typeof now !== 'number' || Number.isNaN(now)) failArgument('now', now, 'an instant')
  return now >= AVAILABLE_TIMES_RANGE_CHANGED_AT
    ? AVAILABLE_TIMES_MAX_DAYS
    : AVAILABLE_TIMES_MAX_DAYS_BEFORE_CHANGE
}
