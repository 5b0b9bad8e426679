import { assertWallMilliseconds } from '../calendar/formatPlainDateTime.js'
import { parsePlainDateTime, type WallMilliseconds } from '../calendar/parsePlainDateTime.js'
import { fail } from '../internal/read.js'
import type { Instant } from '../interval/types.js'
import { type Disambiguation, wallToInstant } from './wallToInstant.js'
import { getZone, MAX_ZONE_INSTANT, MIN_ZONE_INSTANT } from './zoneRecord.js'

/** Options of {@link toInstant}. */
export interface ToInstantOptions {
  /** What to do in a DST gap or fold; default `'compatible'`. */
  disambiguation?: Disambiguation
}

const DISAMBIGUATIONS: ReadonlySet<unknown> = new Set(['compatible', 'earlier', 'later', 'reject'])

/** Internal: validated disambiguation option. */
export function readDisambiguation(options: ToInstantOptions | undefined): Disambiguation {
  if (options === undefined || options === null) return 'compatible'
  if (typeof options !== 'object') fail('INVALID_ARGUMENT', 'options', options, 'an object')
  const value = options.disambiguation
  if (value === undefined) return 'compatible'
  if (!DISAMBIGUATIONS.has(value)) {
    fail('INVALID_ARGUMENT', 'options.disambiguation', value, '"compatible", "earlier", "later" or "reject"')
  }
  return value
}

/**
 * The instant (epoch milliseconds) at which a wall clock in `timeZone` shows `wallTime`
 * (`YYYY-MM-DDTHH:MM[:SS[.sss]]`).
 *
 * In a DST gap (`2024-03-10T02:30` in America/New_York) `compatible` moves forward by the
 * gap (03:30 EDT); in a fold (`2024-11-03T01:30`) it takes the earlier instant (EDT).
 * @throws SlotwiseError `INVALID_DATE_TIME` (also when the instant would fall outside
 *   0001-01-02…9999-12-30 UTC), `INVALID_TIME_ZONE` (with suggestions),
 *   `INVALID_ARGUMENT` for a bad option, `NONEXISTENT_TIME` / `AMBIGUOUS_TIME` with `reject`.
 * @example
 * toInstant('2024-03-10T02:30', 'America/New_York') // 1710055800000 = 07:30Z (03:30 EDT)
 * toInstant('2024-11-03T01:30', 'America/New_York', { disambiguation: 'later' }) // 06:30Z (EST)
 * toInstant('2024-01-01T00:00', '+05:30') // 1704047400000
 */
export function toInstant(wallTime: string, timeZone: string, options?: ToInstantOptions): Instant {
  return convert(parsePlainDateTime(wallTime, 'wallTime'), timeZone, options, wallTime, 'wallTime')
}

/**
 * Like {@link toInstant} for a wall time already held as {@link WallMilliseconds}
 * (`days * 86_400_000 + milliseconds of day`): no string parsing, for bulk conversions.
 * @throws SlotwiseError `INVALID_DATE_TIME` for a non-integer or a wall time outside years
 *   0001–9999, and the codes of {@link toInstant}.
 * @example
 * toInstantFromWallMilliseconds(parsePlainDateTime('2024-07-01T09:00'), 'Europe/London') // 08:00Z
 */
export function toInstantFromWallMilliseconds(
  wall: WallMilliseconds,
  timeZone: string,
  options?: ToInstantOptions,
): Instant {
  assertWallMilliseconds(wall, 'wall')
  return convert(wall, timeZone, options, wall, 'wall')
}

/**
 * The instant of valid `wall` in `timeZone`, kept inside the range every zone function
 * accepts (0001-01-02…9999-12-30 UTC); outside it, the caller's `input` is refused at `path`.
 */
function convert(
  wall: WallMilliseconds,
  timeZone: string,
  options: ToInstantOptions | undefined,
  input: unknown,
  path: string,
): Instant {
  const instant = wallToInstant(getZone(timeZone), wall, readDisambiguation(options))
  if (instant < MIN_ZONE_INSTANT || instant > MAX_ZONE_INSTANT) {
    fail('INVALID_DATE_TIME', path, input, 'a wall time whose instant is in 0001-01-02…9999-12-30 UTC')
  }
  return instant
}
