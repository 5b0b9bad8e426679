import fc from 'fast-check'

// Plain arbitraries for the time-zone module of @slotwise/core. Nothing here knows about
// transitions: the zone tests ask their oracle (temporal-polyfill) where a transition is and
// use these generators to pick instants and wall-clock distances around it.

/** First instant of the range the zone properties draw from: 1970-01-01T00:00Z. */
export const ZONE_TEST_START = Date.UTC(1970, 0, 1)
/** End (exclusive) of the range the zone properties draw from: 2037-01-01T00:00Z. */
export const ZONE_TEST_END = Date.UTC(2037, 0, 1)

const MINUTE = 60_000
const HOUR = 3_600_000

/** Longest distance (ms) from a transition's wall time that {@link wallDistanceArbitrary} picks. */
export const NEAR_TRANSITION_MS = 3 * HOUR

/** Fixed-offset ids in the form Temporal also accepts (±HH:MM), including the extremes. */
export const FIXED_OFFSET_TIME_ZONES: readonly string[] = [
  '+00:00',
  '+05:30',
  '-03:00',
  '+05:45',
  '+14:00',
  '-12:00',
]

/** Zones the style guide says every zone suite includes (each has a known oddity). */
export const NOTABLE_TIME_ZONES: readonly string[] = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Europe/Dublin', // negative DST
  'Asia/Kathmandu', // +05:45
  'Pacific/Chatham', // +12:45 / +13:45
  'Australia/Lord_Howe', // 30-minute DST
  'America/Santiago', // DST at midnight
  'America/Havana', // DST at midnight
  'Pacific/Apia', // skipped 2011-12-30
  'Pacific/Tongatapu',
  'Africa/Casablanca', // Ramadan excursions
  'Africa/Monrovia', // offset with seconds until 1972
]

/** Every IANA id this runtime's `Intl` lists, plus `UTC` (which `Intl.supportedValuesOf` leaves out). */
export function ianaTimeZoneIds(): readonly string[] {
  const listed = Intl.supportedValuesOf('timeZone')
  return listed.includes('UTC') ? listed : [...listed, 'UTC']
}

/** {@link ianaTimeZoneIds} followed by {@link FIXED_OFFSET_TIME_ZONES}: what "every zone" means in tests. */
export function allTestTimeZones(): readonly string[] {
  return [...ianaTimeZoneIds(), ...FIXED_OFFSET_TIME_ZONES]
}

/**
 * An instant in [{@link ZONE_TEST_START}, {@link ZONE_TEST_END}): to the millisecond, or on a
 * whole second or minute (transitions fall on whole seconds, most on whole minutes).
 */
export function zoneInstantArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: ZONE_TEST_START, max: ZONE_TEST_END - 1 }),
    fc.integer({ min: ZONE_TEST_START / 1000, max: ZONE_TEST_END / 1000 - 1 }).map((s) => s * 1000),
    fc.integer({ min: ZONE_TEST_START / MINUTE, max: ZONE_TEST_END / MINUTE - 1 }).map((m) => m * MINUTE),
  )
}

/**
 * A signed distance in milliseconds, at most {@link NEAR_TRANSITION_MS} either way: whole
 * minutes (the usual wall times), whole seconds, any millisecond, or within two seconds of 0
 * (the edges of a gap or fold).
 */
export function wallDistanceArbitrary(): fc.Arbitrary<number> {
  const limitMinutes = NEAR_TRANSITION_MS / MINUTE
  return fc.oneof(
    fc.integer({ min: -limitMinutes, max: limitMinutes }).map((m) => m * MINUTE),
    fc.integer({ min: -NEAR_TRANSITION_MS / 1000, max: NEAR_TRANSITION_MS / 1000 }).map((s) => s * 1000),
    fc.integer({ min: -NEAR_TRANSITION_MS, max: NEAR_TRANSITION_MS }),
    fc.integer({ min: -2000, max: 2000 }),
  )
}

/**
 * Where to put a wall time around a transition: `side` says which of the transition's two
 * wall times (the clock just before it, or just after it) to start from, `distance` how far
 * to move from there. Both sides, so gap and fold wall times come up often.
 */
export interface NearTransition {
  readonly instant: number
  readonly side: 'before' | 'after'
  readonly distance: number
}

/** A random instant (to look for the next transition from) with a side and a distance. */
export function nearTransitionArbitrary(): fc.Arbitrary<NearTransition> {
  return fc.record({
    instant: zoneInstantArbitrary(),
    side: fc.constantFrom('before' as const, 'after' as const),
    distance: wallDistanceArbitrary(),
  })
}

/** A window of up to two years (often exactly two), starting in 1970–2034. */
export function twoYearWindowArbitrary(): fc.Arbitrary<{ start: number; end: number }> {
  const twoYears = 731 * 86_400_000
  return fc
    .tuple(
      fc.integer({ min: ZONE_TEST_START, max: ZONE_TEST_END - twoYears }),
      fc.oneof(fc.constant(twoYears), fc.integer({ min: 0, max: twoYears })),
    )
    .map(([start, length]) => ({ start, end: start + length }))
}

/**
 * Text that looks like a zone id without being a known one, or is one written oddly: ids
 * with a changed case or one edit, offset-like strings with any two-digit fields, and
 * arbitrary strings. For fuzzing validation.
 */
export function zoneLikeTextArbitrary(ids: readonly string[]): fc.Arbitrary<string> {
  const id = fc.constantFrom(...ids)
  const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'))
  return fc.oneof(
    id,
    id.map((s) => s.toLowerCase()),
    id.map((s) => s.toUpperCase()),
    fc
      .tuple(id, fc.nat(), fc.constantFrom('', 'x', '/', '_', ' ', '\u0000', '\ud800'))
      .map(([s, at, c]) => s.slice(0, at % (s.length + 1)) + c + s.slice((at % (s.length + 1)) + 1)),
    fc
      .tuple(fc.constantFrom('+', '-', '\u2212', '', ' '), twoDigits, fc.constantFrom('', ':'), twoDigits)
      .map(([sign, h, colon, m]) => `${sign}${h}${colon}${m}`),
    fc.tuple(fc.constantFrom('+', '-'), twoDigits).map(([sign, h]) => `${sign}${h}`),
    fc.string(),
    fc.string({ unit: 'binary' }),
  )
}
