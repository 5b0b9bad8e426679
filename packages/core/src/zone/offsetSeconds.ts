import type { Instant } from '../interval/types.js'
import { assertZoneInstant, getZone, offsetSecondsAt } from './zoneRecord.js'

/**
 * The zone's offset from UTC at `instant`, in seconds east (Africa/Monrovia was −2670 until 1972).
 * @throws SlotwiseError `INVALID_INSTANT`, `INVALID_TIME_ZONE`.
 * @example
 * offsetSeconds(0, 'Africa/Monrovia') // -2670 (−0:44:30)
 */
export function offsetSeconds(instant: Instant, timeZone: string): number {
  assertZoneInstant(instant, 'instant')
  return offsetSecondsAt(getZone(timeZone), instant)
}

/**
 * The zone's offset from UTC at `instant`, in minutes east; fractional when the offset has seconds.
 * @throws SlotwiseError `INVALID_INSTANT`, `INVALID_TIME_ZONE`.
 * @example
 * offsetMinutes(Date.UTC(2024, 0, 1), 'Asia/Kathmandu') // 345
 * offsetMinutes(Date.UTC(2024, 0, 1), 'Pacific/Chatham') // 825 (+13:45 in summer)
 */
export function offsetMinutes(instant: Instant, timeZone: string): number {
  return offsetSeconds(instant, timeZone) / 60
}
