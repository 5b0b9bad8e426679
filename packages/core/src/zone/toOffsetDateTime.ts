import { formatWall } from '../calendar/formatPlainDateTime.js'
import { formatSecondsOfDay } from '../calendar/formatPlainTime.js'
import type { Instant } from '../interval/types.js'
import { offsetSeconds } from './offsetSeconds.js'

/** `±HH:MM`, or `±HH:MM:SS` when the offset has seconds; offsets stay under 24 hours. */
function formatOffset(seconds: number): string {
  return (seconds < 0 ? '-' : '+') + formatSecondsOfDay(Math.abs(seconds), seconds % 60 === 0)
}

/**
 * RFC 3339 text of `instant` as a clock in `timeZone` shows it, with the offset:
 * `2024-03-10T03:30:00-04:00` (`.sss` only when the milliseconds are not zero; an offset
 * with seconds, as Africa/Monrovia had, is written `-00:44:30`).
 * @throws SlotwiseError `INVALID_INSTANT`, `INVALID_TIME_ZONE`.
 * @example
 * toOffsetDateTime(Date.UTC(2024, 2, 10, 7, 30), 'America/New_York') // '2024-03-10T03:30:00-04:00'
 * toOffsetDateTime(0, 'UTC') // '1970-01-01T00:00:00+00:00'
 */
export function toOffsetDateTime(instant: Instant, timeZone: string): string {
  const offset = offsetSeconds(instant, timeZone)
  return formatWall(instant + offset * 1000) + formatOffset(offset)
}
