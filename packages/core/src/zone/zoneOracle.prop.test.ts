import { fc, test } from '@fast-check/vitest'
import {
  allTestTimeZones,
  type NearTransition,
  nearTransitionArbitrary,
  numRuns,
  seed,
  twoYearWindowArbitrary,
  wallDistanceArbitrary,
  zoneInstantArbitrary,
} from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { isSlotwiseError } from '../SlotwiseError.js'
import { offsetMinutes, offsetSeconds } from './offsetSeconds.js'
import { timeZoneTransitions } from './timeZoneTransitions.js'
import { toInstant, toInstantFromWallMilliseconds } from './toInstant.js'
import { toWallMilliseconds, toWallTime } from './toWallTime.js'
import type { Disambiguation } from './wallToInstant.js'
import { clearZoneCache, getZone, setDirectProbeBudget } from './zoneRecord.js'

// Every zone this runtime knows, checked against temporal-polyfill in both ways the zone
// module answers: from the per-zone transition table (budget 0) and straight from Intl
// (a budget no zone exhausts). Each "in every zone" test walks over EVERY zone with
// numRuns / 10 fast-check samples per zone (20 by default; so no zone is left out of any run,
// and FC_NUM_RUNS scales it), and a fast-check property beside it draws the zone too (so a
// failure shrinks to one zone and one input).

const ZONES = allTestTimeZones()
const SAMPLES_PER_ZONE = Math.max(1, Math.ceil(numRuns / 10))
const DEFAULT_BUDGET = 12
const MODES = [
  { mode: 'table', budget: 0 },
  { mode: 'direct Intl probe', budget: Number.MAX_SAFE_INTEGER },
] as const
const DISAMBIGUATIONS: readonly Disambiguation[] = ['compatible', 'earlier', 'later']

// --- the oracle ---------------------------------------------------------------------------

function zonedAt(instant: number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone)
}

/** A plain date-time as our formatter writes it: `.sss` only when the milliseconds are not 0. */
function canonicalText(dateTime: Temporal.PlainDateTime): string {
  const text = dateTime.toString({ smallestUnit: 'millisecond' })
  return text.endsWith('.000') ? text.slice(0, -4) : text
}

/** The text of wall milliseconds, written by Temporal (not by the module under test). */
function wallText(wall: number): string {
  return canonicalText(zonedAt(wall, 'UTC').toPlainDateTime())
}

/** The transition nearest after `instant`, or else the last one before it, or null. */
function nearbyTransition(instant: number, zone: string): Temporal.ZonedDateTime | null {
  const zoned = zonedAt(instant, zone)
  return zoned.getTimeZoneTransition('next') ?? zoned.getTimeZoneTransition('previous')
}

function offsetJustBefore(transition: Temporal.ZonedDateTime, zone: string): number {
  return Temporal.Instant.fromEpochNanoseconds(transition.epochNanoseconds - 1n).toZonedDateTimeISO(zone)
    .offsetNanoseconds
}

/**
 * Wall milliseconds near a transition of `zone`: the clock just before the transition (or
 * just after it), moved by `distance`. Lands in gaps and folds often.
 */
function wallNearTransition(zone: string, near: NearTransition): number {
  const transition = nearbyTransition(near.instant, zone)
  if (transition === null)
    return near.instant + zonedAt(near.instant, zone).offsetNanoseconds / 1e6 + near.distance
  const offset = near.side === 'before' ? offsetJustBefore(transition, zone) : transition.offsetNanoseconds
  return transition.epochMilliseconds + offset / 1e6 + near.distance
}

interface OracleTransition {
  instant: number
  offsetSecondsBefore: number
  offsetSecondsAfter: number
}

function temporalTransitions(zone: string, start: number, end: number): OracleTransition[] {
  const result: OracleTransition[] = []
  const endNanoseconds = BigInt(end) * 1_000_000n
  // `next` is strictly after, so start one nanosecond early to include a transition at `start`.
  let zoned = Temporal.Instant.fromEpochNanoseconds(BigInt(start) * 1_000_000n - 1n).toZonedDateTimeISO(zone)
  for (;;) {
    const next = zoned.getTimeZoneTransition('next')
    if (next === null || next.epochNanoseconds >= endNanoseconds) return result
    result.push({
      instant: next.epochMilliseconds,
      offsetSecondsBefore: offsetJustBefore(next, zone) / 1e9,
      offsetSecondsAfter: next.offsetNanoseconds / 1e9,
    })
    zoned = next
  }
}

// --- the checks: each returns a list of disagreements, empty when all is well -----------

/** What a call did: its value, or the code of the SlotwiseError it threw. */
function attempt(run: () => unknown): unknown {
  try {
    return run()
  } catch (error) {
    if (isSlotwiseError(error)) return { threw: error.code, path: error.path }
    return { threw: String(error) }
  }
}

function checkInstant(zone: string, instant: number): string[] {
  const problems: string[] = []
  const zoned = zonedAt(instant, zone)
  const expectedOffset = zoned.offsetNanoseconds / 1e9
  const expectedText = canonicalText(zoned.toPlainDateTime())
  const facts: Array<[string, unknown, unknown]> = [
    ['offsetSeconds', attempt(() => offsetSeconds(instant, zone)), expectedOffset],
    ['offsetMinutes', attempt(() => offsetMinutes(instant, zone)), expectedOffset / 60],
    ['toWallTime', attempt(() => toWallTime(instant, zone)), expectedText],
    ['toWallMilliseconds', attempt(() => toWallMilliseconds(instant, zone)), instant + expectedOffset * 1000],
  ]
  for (const [name, actual, expected] of facts) {
    if (!Object.is(actual, expected)) {
      problems.push(`${name}(${instant}, ${zone}) = ${JSON.stringify(actual)}, Temporal: ${expected}`)
    }
  }
  return problems
}

function checkWall(zone: string, wall: number): string[] {
  const problems: string[] = []
  const text = wallText(wall)
  const plain = Temporal.PlainDateTime.from(text)
  const expected = new Map<Disambiguation, number>()
  for (const disambiguation of DISAMBIGUATIONS) {
    expected.set(disambiguation, plain.toZonedDateTime(zone, { disambiguation }).epochMilliseconds)
  }
  const compatible = expected.get('compatible')!
  const isGap = canonicalText(zonedAt(compatible, zone).toPlainDateTime()) !== text
  const isFold = !isGap && expected.get('earlier') !== expected.get('later')
  const temporalRejects = attempt(
    () => plain.toZonedDateTime(zone, { disambiguation: 'reject' }).epochMilliseconds,
  )
  if ((typeof temporalRejects === 'number') === (isGap || isFold)) {
    problems.push(
      `oracle: ${text} in ${zone} is gap=${isGap} fold=${isFold} but reject gave ${temporalRejects}`,
    )
  }
  for (const disambiguation of DISAMBIGUATIONS) {
    const want = expected.get(disambiguation)
    const fromText = attempt(() => toInstant(text, zone, { disambiguation }))
    const fromWall = attempt(() => toInstantFromWallMilliseconds(wall, zone, { disambiguation }))
    if (fromText !== want || fromWall !== want) {
      problems.push(
        `toInstant(${text}, ${zone}, ${disambiguation}) = ${JSON.stringify(fromText)} / from wall ms ${JSON.stringify(fromWall)}, Temporal: ${want}`,
      )
    }
  }
  const rejected = attempt(() => toInstant(text, zone, { disambiguation: 'reject' }))
  const wantRejected = isGap
    ? { threw: 'NONEXISTENT_TIME', path: 'wallTime' }
    : isFold
      ? { threw: 'AMBIGUOUS_TIME', path: 'wallTime' }
      : compatible
  if (JSON.stringify(rejected) !== JSON.stringify(wantRejected)) {
    problems.push(
      `toInstant(${text}, ${zone}, reject) = ${JSON.stringify(rejected)}, expected ${JSON.stringify(wantRejected)}`,
    )
  }
  const byDefault = attempt(() => toInstant(text, zone))
  if (byDefault !== compatible)
    problems.push(`toInstant(${text}, ${zone}) = ${byDefault}, Temporal: ${compatible}`)
  return problems
}

function checkTransitions(zone: string, window: { start: number; end: number }): string[] {
  const expected = temporalTransitions(zone, window.start, window.end)
  const actual = attempt(() => timeZoneTransitions(zone, window))
  if (JSON.stringify(actual) === JSON.stringify(expected)) return []
  return [
    `timeZoneTransitions(${zone}, ${window.start}…${window.end}) = ${JSON.stringify(actual)}, Temporal: ${JSON.stringify(expected)}`,
  ]
}

/** A window around a transition of the zone: its edges land on or near the transition often. */
function windowNearTransition(
  zone: string,
  near: NearTransition,
  length: number,
): { start: number; end: number } {
  const transition = nearbyTransition(near.instant, zone)
  const start = (transition === null ? near.instant : transition.epochMilliseconds) + near.distance
  return { start, end: start + length }
}

/** Runs `check` on a few fast-check samples for every zone; returns every disagreement. */
function checkEveryZone<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (zone: string, sample: T) => string[],
): string[] {
  const samples = fc.sample(arbitrary, ZONES.length * SAMPLES_PER_ZONE)
  const problems: string[] = []
  ZONES.forEach((zone, index) => {
    for (const sample of samples.slice(index * SAMPLES_PER_ZONE, (index + 1) * SAMPLES_PER_ZONE)) {
      problems.push(...check(zone, sample))
    }
  })
  return problems
}

function expectNoProblems(problems: string[]): void {
  expect(problems.slice(0, 20), `${problems.length} disagreements with Temporal (FC_SEED=${seed})`).toEqual(
    [],
  )
}

/** Guards the test hook itself: the mode under test really answered from where it claims. */
function expectTablesBuilt(built: boolean): void {
  for (const zone of ZONES) {
    const record = getZone(zone)
    if (record.fixedOffset !== undefined) continue
    expect(record.chunks.size > 0, `${zone} built tables`).toBe(built)
  }
}

afterAll(() => {
  setDirectProbeBudget(DEFAULT_BUDGET)
  clearZoneCache()
})

it('every zone of this runtime is covered, and the list holds the notable ones', () => {
  // If Intl listed nothing, every loop below would pass without checking anything.
  expect(ZONES.length).toBeGreaterThan(300)
  for (const zone of ['UTC', 'America/New_York', 'Pacific/Apia', 'Africa/Casablanca', '+05:30', '-03:00']) {
    expect(ZONES).toContain(zone)
  }
})

describe.each(MODES)('$mode mode', ({ budget }) => {
  beforeEach(() => {
    setDirectProbeBudget(budget)
    clearZoneCache()
  })

  it('offsets and wall times of random instants agree with Temporal in every zone', () => {
    expectNoProblems(checkEveryZone(zoneInstantArbitrary(), checkInstant))
    expectTablesBuilt(budget === 0)
  })

  test.prop({ zone: fc.constantFrom(...ZONES), instant: zoneInstantArbitrary() })(
    'offsets and wall times agree with Temporal',
    ({ zone, instant }) => {
      expectNoProblems(checkInstant(zone, instant))
    },
  )

  it('wall times around transitions map to Temporal instants under every disambiguation, in every zone', () => {
    expectNoProblems(
      checkEveryZone(nearTransitionArbitrary(), (zone, near) =>
        checkWall(zone, wallNearTransition(zone, near)),
      ),
    )
    expectTablesBuilt(budget === 0)
  })

  test.prop({ zone: fc.constantFrom(...ZONES), near: nearTransitionArbitrary() })(
    'wall times around transitions map to Temporal instants',
    ({ zone, near }) => {
      expectNoProblems(checkWall(zone, wallNearTransition(zone, near)))
    },
  )

  it('transitions in random two-year windows are Temporal transitions, in every zone', () => {
    expectNoProblems(checkEveryZone(twoYearWindowArbitrary(), checkTransitions))
  })

  test.prop({
    zone: fc.constantFrom(...ZONES),
    near: nearTransitionArbitrary(),
    length: fc.oneof(fc.integer({ min: 0, max: 3 }), wallDistanceArbitrary().map(Math.abs)),
  })(
    'windows that start or end on (or next to) a transition include exactly Temporal transitions',
    ({ zone, near, length }) => {
      expectNoProblems(checkTransitions(zone, windowNearTransition(zone, near, length)))
    },
  )
})
