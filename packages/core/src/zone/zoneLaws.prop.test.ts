import { fc, test } from '@fast-check/vitest'
import {
  allTestTimeZones,
  type NearTransition,
  nearTransitionArbitrary,
  twoYearWindowArbitrary,
  wallDistanceArbitrary,
  zoneInstantArbitrary,
} from '@slotwise/testkit'
import { Temporal } from 'temporal-polyfill'
import { describe, expect } from 'vitest'
import { isSlotwiseError } from '../SlotwiseError.js'
import { offsetMinutes, offsetSeconds } from './offsetSeconds.js'
import { timeZoneTransitions } from './timeZoneTransitions.js'
import { toInstant, toInstantFromWallMilliseconds } from './toInstant.js'
import { toWallMilliseconds, toWallTime } from './toWallTime.js'

// Laws that hold between the zone functions themselves, whatever the zone data says. Temporal
// only helps to find transitions, so that gaps and folds come up often.

const ZONES = allTestTimeZones()
const zone = fc.constantFrom(...ZONES)

/** Wall milliseconds near a Temporal transition of `timeZone` (see the oracle tests). */
function wallNearTransition(timeZone: string, near: NearTransition): number {
  const zoned = Temporal.Instant.fromEpochMilliseconds(near.instant).toZonedDateTimeISO(timeZone)
  const transition = zoned.getTimeZoneTransition('next') ?? zoned.getTimeZoneTransition('previous')
  if (transition === null) return near.instant + zoned.offsetNanoseconds / 1e6 + near.distance
  const offset =
    near.side === 'before'
      ? Temporal.Instant.fromEpochNanoseconds(transition.epochNanoseconds - 1n).toZonedDateTimeISO(timeZone)
          .offsetNanoseconds
      : transition.offsetNanoseconds
  return transition.epochMilliseconds + offset / 1e6 + near.distance
}

type Kind = 'gap' | 'fold' | 'unique'

/** Whether a wall time is skipped, repeated or unique in the zone, by our own `reject`. */
function kindOf(wall: number, timeZone: string): Kind {
  try {
    toInstantFromWallMilliseconds(wall, timeZone, { disambiguation: 'reject' })
    return 'unique'
  } catch (error) {
    if (isSlotwiseError(error) && error.code === 'NONEXISTENT_TIME') return 'gap'
    if (isSlotwiseError(error) && error.code === 'AMBIGUOUS_TIME') return 'fold'
    throw error
  }
}

describe('instant -> wall time -> instant', () => {
  test.prop({ zone, instant: zoneInstantArbitrary() })(
    "'earlier' or 'later' gives the instant back, and 'compatible' is 'earlier'",
    ({ zone, instant }) => {
      const wall = toWallTime(instant, zone)
      const earlier = toInstant(wall, zone, { disambiguation: 'earlier' })
      const later = toInstant(wall, zone, { disambiguation: 'later' })
      expect([earlier, later]).toContain(instant)
      expect(earlier).toBeLessThanOrEqual(later)
      expect(toInstant(wall, zone)).toBe(earlier)
    },
  )

  test.prop({ zone, instant: zoneInstantArbitrary() })(
    'wall milliseconds and wall text say the same thing',
    ({ zone, instant }) => {
      const wall = toWallMilliseconds(instant, zone)
      expect(wall).toBe(instant + offsetSeconds(instant, zone) * 1000)
      expect(offsetMinutes(instant, zone)).toBe(offsetSeconds(instant, zone) / 60)
      const text = toWallTime(instant, zone)
      expect(toInstant(text, zone, { disambiguation: 'earlier' })).toBe(
        toInstantFromWallMilliseconds(wall, zone, { disambiguation: 'earlier' }),
      )
      expect(toInstant(text, zone, { disambiguation: 'later' })).toBe(
        toInstantFromWallMilliseconds(wall, zone, { disambiguation: 'later' }),
      )
    },
  )
})

describe('wall time -> instant -> wall time', () => {
  test.prop({ zone, near: nearTransitionArbitrary() })(
    'a wall time that exists comes back unchanged under every disambiguation',
    ({ zone, near }) => {
      const wall = wallNearTransition(zone, near)
      fc.pre(kindOf(wall, zone) !== 'gap')
      for (const disambiguation of ['compatible', 'earlier', 'later'] as const) {
        expect(toWallMilliseconds(toInstantFromWallMilliseconds(wall, zone, { disambiguation }), zone)).toBe(
          wall,
        )
      }
    },
  )

  test.prop({ zone, near: nearTransitionArbitrary() })(
    "in a gap 'earlier' lands before it and 'later' (= 'compatible') after it; in a fold 'compatible' is 'earlier'",
    ({ zone, near }) => {
      const wall = wallNearTransition(zone, near)
      const at = (disambiguation: 'compatible' | 'earlier' | 'later') =>
        toInstantFromWallMilliseconds(wall, zone, { disambiguation })
      const kind = kindOf(wall, zone)
      if (kind === 'unique') {
        expect(at('earlier')).toBe(at('later'))
      } else {
        expect(at('earlier')).toBeLessThan(at('later'))
      }
      expect(at('compatible')).toBe(kind === 'gap' ? at('later') : at('earlier'))
      if (kind === 'gap') {
        // Both readings are real instants whose wall times straddle the skipped one.
        expect(toWallMilliseconds(at('earlier'), zone)).toBeLessThan(wall)
        expect(toWallMilliseconds(at('later'), zone)).toBeGreaterThan(wall)
      }
    },
  )

  // 'compatible' is NOT monotone in wall time: in New York 02:59 (a gap) maps to 03:59 EDT,
  // after 03:00 EDT (see the examples). What does hold, for wall times that exist: a later
  // wall time never maps to an earlier instant.
  test.prop({ zone, near: nearTransitionArbitrary(), step: wallDistanceArbitrary().map(Math.abs) })(
    'on wall times that exist, every disambiguation is monotone',
    ({ zone, near, step }) => {
      const first = wallNearTransition(zone, near)
      const second = first + step
      fc.pre(kindOf(first, zone) !== 'gap' && kindOf(second, zone) !== 'gap')
      for (const disambiguation of ['compatible', 'earlier', 'later'] as const) {
        expect(toInstantFromWallMilliseconds(first, zone, { disambiguation })).toBeLessThanOrEqual(
          toInstantFromWallMilliseconds(second, zone, { disambiguation }),
        )
      }
    },
  )
})

describe('transitions and offsets', () => {
  test.prop({
    zone,
    window: twoYearWindowArbitrary(),
    probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true })),
  })(
    'transitions are sorted, inside the window, change the offset, and the offset is constant between them',
    ({ zone, window, probes }) => {
      const transitions = timeZoneTransitions(zone, window)
      let previous = window.start - 1
      for (const transition of transitions) {
        expect(transition.instant).toBeGreaterThan(previous)
        expect(transition.instant).toBeGreaterThanOrEqual(window.start)
        expect(transition.instant).toBeLessThan(window.end)
        expect(transition.offsetSecondsBefore).not.toBe(transition.offsetSecondsAfter)
        expect(offsetSeconds(transition.instant - 1, zone)).toBe(transition.offsetSecondsBefore)
        expect(offsetSeconds(transition.instant, zone)).toBe(transition.offsetSecondsAfter)
        previous = transition.instant
      }
      for (const fraction of probes) {
        const instant = Math.floor(window.start + fraction * (window.end - window.start))
        const last = transitions.filter((t) => t.instant <= instant).pop()
        const expected = last?.offsetSecondsAfter ?? offsetSeconds(window.start, zone)
        expect(offsetSeconds(instant, zone)).toBe(expected)
      }
    },
  )

  test.prop({ zone, window: twoYearWindowArbitrary(), cut: fc.double({ min: 0, max: 1, noNaN: true }) })(
    'splitting a window splits its transitions',
    ({ zone, window, cut }) => {
      const middle = Math.floor(window.start + cut * (window.end - window.start))
      expect([
        ...timeZoneTransitions(zone, { start: window.start, end: middle }),
        ...timeZoneTransitions(zone, { start: middle, end: window.end }),
      ]).toEqual(timeZoneTransitions(zone, window))
    },
  )
})
