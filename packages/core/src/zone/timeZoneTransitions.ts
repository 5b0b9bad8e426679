import { fail } from '../internal/read.js'
import type { Instant } from '../interval/types.js'
import { SlotwiseError } from '../SlotwiseError.js'
import { assertZoneInstant, getZone, transitionsBetween } from './zoneRecord.js'

/** One change of a zone's offset. */
export interface TimeZoneTransition {
  /** The first instant with the new offset. */
  readonly instant: Instant
  /** Offset before the change, seconds east of UTC. */
  readonly offsetSecondsBefore: number
  /** Offset from `instant` on, seconds east of UTC. */
  readonly offsetSecondsAfter: number
}

/** Longest window {@link timeZoneTransitions} scans: 200 years. */
export const MAX_TRANSITION_WINDOW_MS = 200 * 366 * 86_400_000

/**
 * Every offset change of `timeZone` in `[window.start, window.end)`, in order (DST starts
 * and ends, and changes of standard time).
 * @throws SlotwiseError `INVALID_INSTANT`, `INVALID_INTERVAL` (end before start),
 *   `RANGE_TOO_LARGE` (over 200 years), `INVALID_TIME_ZONE`.
 * @example
 * timeZoneTransitions('Europe/London', { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) })
 * // [{ instant: 1711846800000, offsetSecondsBefore: 0, offsetSecondsAfter: 3600 }, { … 3600 → 0 }]
 */
export function timeZoneTransitions(
  timeZone: string,
  window: { readonly start: Instant; readonly end: Instant },
): TimeZoneTransition[] {
  const zone = getZone(timeZone)
  if (typeof window !== 'object' || window === null) fail('INVALID_INTERVAL', 'window', window)
  assertZoneInstant(window.start, 'window.start')
  assertZoneInstant(window.end, 'window.end')
  if (window.end < window.start) {
    throw new SlotwiseError('INVALID_INTERVAL', { path: 'window', details: { value: 'end before start' } })
  }
  if (window.end - window.start > MAX_TRANSITION_WINDOW_MS) {
    throw new SlotwiseError('RANGE_TOO_LARGE', {
      path: 'window',
      details: { limit: MAX_TRANSITION_WINDOW_MS, actual: window.end - window.start },
    })
  }
  return transitionsBetween(zone, Math.ceil(window.start / 1000), Math.ceil(window.end / 1000))
}
