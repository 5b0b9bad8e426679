import { formatWall } from '../calendar/formatPlainDateTime.js'
import type { WallMilliseconds } from '../calendar/parsePlainDateTime.js'
import type { Instant } from '../interval/types.js'
import { assertZoneInstant, getZone, offsetSecondsAt } from './zoneRecord.js'

/**
 * The wall time `YYYY-MM-DDTHH:MM:SS` (with `.sss` when the milliseconds are not zero)
 * that a clock in `timeZone` shows at `instant`.
 * @throws SlotwiseError `INVALID_INSTANT`, `INVALID_TIME_ZONE`.
 * @example
 * toWallTime(1710055800000, 'America/New_York') // '2024-03-10T03:30:00'
 * toWallTime(0, 'Asia/Kathmandu') // '1970-01-01T05:30:00' (+05:45 only from 1986)
 */
export function toWallTime(instant: Instant, timeZone: string): string {
  return formatWall(toWallMilliseconds(instant, timeZone))
}

/**
 * Like {@link toWallTime}, returning {@link WallMilliseconds} instead of a string.
 * @throws SlotwiseError `INVALID_INSTANT`, `INVALID_TIME_ZONE`.
 * @example
 * toWallMilliseconds(0, '+05:30') // 19800000
 */
export function toWallMilliseconds(instant: Instant, timeZone: string): WallMilliseconds {
  assertZoneInstant(instant, 'instant')
  const zone = getZone(timeZone)
  return instant + offsetSecondsAt(zone, instant) * 1000
}
