import { MAX_DAYS, MIN_DAYS, MS_PER_DAY } from '../calendar/civil.js'
import { parsePlainDateTime, type WallMilliseconds } from '../calendar/parsePlainDateTime.js'
import { describeValue } from '../errorMessages.js'
import type { Instant } from '../interval/types.js'
import { SlotwiseError } from '../SlotwiseError.js'
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
  if (typeof options !== 'object') {
    throw new SlotwiseError('INVALID_ARGUMENT', {
      path: 'options',
      details: { value: describeValue(options), expected: 'an object' },
    })
  }
  const value = options.disambiguation
  if (value === undefined) return 'compatible'
  if (!DISAMBIGUATIONS.has(value)) {
    throw new SlotwiseError('INVALID_ARGUMENT', {
      path: 'options.disambiguation',
      details: { value: describeValue(value), expected: '"compatible", "earlier", "later" or "reject"' },
    })
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
  const wall = parsePlainDateTime(wallTime, 'wallTime')
  return checkedInstant(
    wallToInstant(getZone(timeZone), wall, readDisambiguation(options)),
    wallTime,
    'wallTime',
  )
}

/** Keeps results inside the range every zone function accepts (0001-01-02…9999-12-30 UTC). */
function checkedInstant(instant: number, wallTime: unknown, path: string): Instant {
  if (instant < MIN_ZONE_INSTANT || instant > MAX_ZONE_INSTANT) {
    throw new SlotwiseError('INVALID_DATE_TIME', {
      path,
      details: {
        value: describeValue(wallTime),
        expected: 'a wall time whose instant is in 0001-01-02…9999-12-30 UTC',
      },
    })
  }
  return instant
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
  if (
    typeof wall !== 'number' ||
    !Number.isInteger(wall) ||
    wall < MIN_DAYS * MS_PER_DAY ||
    wall >= (MAX_DAYS + 1) * MS_PER_DAY
  ) {
    throw new SlotwiseError('INVALID_DATE_TIME', {
      path: 'wall',
      details: { value: describeValue(wall), expected: 'integer wall milliseconds in years 0001–9999' },
    })
  }
  return checkedInstant(wallToInstant(getZone(timeZone), wall, readDisambiguation(options)), wall, 'wall')
}
