import { fail, isIntegerIn } from '../internal/read.js'
import { MAX_DAYS, MIN_DAYS, MS_PER_DAY } from './civil.js'
import { formatDays } from './formatPlainDate.js'
import { formatSecondsOfDay } from './formatPlainTime.js'
import type { WallMilliseconds } from './parsePlainDateTime.js'
import { pad } from './scan.js'

/** Internal: formats valid wall milliseconds; milliseconds appear only when not zero. */
export function formatWall(wall: number): string {
  const days = Math.floor(wall / MS_PER_DAY)
  const milliseconds = wall - days * MS_PER_DAY
  const seconds = Math.floor(milliseconds / 1000)
  const fraction = milliseconds - seconds * 1000
  const text = `${formatDays(days)}T${formatSecondsOfDay(seconds, false)}`
  return fraction === 0 ? text : `${text}.${pad(fraction, 3)}`
}

/** Internal: throws `INVALID_DATE_TIME` at `path` unless `wall` is integer wall milliseconds in years 0001–9999. */
export function assertWallMilliseconds(wall: unknown, path: string): asserts wall is WallMilliseconds {
  if (!isIntegerIn(wall, MIN_DAYS * MS_PER_DAY, (MAX_DAYS + 1) * MS_PER_DAY - 1)) {
    fail('INVALID_DATE_TIME', path, wall, 'integer wall milliseconds in years 0001–9999')
  }
}

/**
 * Formats {@link WallMilliseconds} as `YYYY-MM-DDTHH:MM:SS` (with `.sss` only when the
 * milliseconds are not zero).
 * @throws SlotwiseError `INVALID_DATE_TIME` for non-integers or values outside years 0001–9999.
 * @example
 * formatPlainDateTime(86_400_000) // '1970-01-02T00:00:00'
 * formatPlainDateTime(1_500) // '1970-01-01T00:00:01.500'
 */
export function formatPlainDateTime(wall: WallMilliseconds): string {
  assertWallMilliseconds(wall, 'wall')
  return formatWall(wall)
}
