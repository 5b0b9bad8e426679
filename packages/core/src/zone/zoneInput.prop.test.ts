import { fc, test } from '@fast-check/vitest'
import {
  allTestTimeZones,
  hostileInputArbitrary,
  nearMissTextArbitrary,
  plainDateTimeTextArbitrary,
  zoneInstantArbitrary,
  zoneLikeTextArbitrary,
} from '@slotwise/testkit'
import { describe, expect, it } from 'vitest'
import { isSlotwiseError, type SlotwiseError } from '../SlotwiseError.js'
import { offsetMinutes, offsetSeconds } from './offsetSeconds.js'
import { MAX_TRANSITION_WINDOW_MS, timeZoneTransitions } from './timeZoneTransitions.js'
import { toInstant, toInstantFromWallMilliseconds } from './toInstant.js'
import { toWallMilliseconds, toWallTime } from './toWallTime.js'
import { isValidTimeZone, validateTimeZone } from './validateTimeZone.js'
import { MAX_ZONE_INSTANT, MIN_ZONE_INSTANT } from './zoneRecord.js'

// Bad input raises SlotwiseError with a code and a path, never a TypeError or a hang. The
// tests assert code and path, never wording.

const slotwiseError = (code: string, path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code, path })

function thrownBy(run: () => unknown): SlotwiseError {
  try {
    run()
  } catch (error) {
    if (isSlotwiseError(error)) return error
    throw error
  }
  throw new Error('expected a SlotwiseError, nothing was thrown')
}

/** Every public zone function, called with `timeZone` and otherwise good arguments. */
const withZone: ReadonlyArray<[string, (timeZone: unknown) => unknown]> = [
  ['toInstant', (z) => toInstant('2024-03-10T02:30', z as string)],
  ['toInstantFromWallMilliseconds', (z) => toInstantFromWallMilliseconds(0, z as string)],
  ['toWallTime', (z) => toWallTime(0, z as string)],
  ['toWallMilliseconds', (z) => toWallMilliseconds(0, z as string)],
  ['offsetSeconds', (z) => offsetSeconds(0, z as string)],
  ['offsetMinutes', (z) => offsetMinutes(0, z as string)],
  ['timeZoneTransitions', (z) => timeZoneTransitions(z as string, { start: 0, end: 86_400_000 })],
  ['validateTimeZone', (z) => validateTimeZone(z)],
]

/** Every public function that takes an instant, called with `instant` in a good zone. */
const withInstant: ReadonlyArray<[string, (instant: unknown) => unknown]> = [
  ['toWallTime', (i) => toWallTime(i as number, 'Europe/London')],
  ['toWallMilliseconds', (i) => toWallMilliseconds(i as number, 'Europe/London')],
  ['offsetSeconds', (i) => offsetSeconds(i as number, 'Europe/London')],
  ['offsetMinutes', (i) => offsetMinutes(i as number, 'Europe/London')],
]

describe('bad time zones', () => {
  const bad: ReadonlyArray<[string, unknown]> = [
    ['an unknown id', 'Mars/Olympus'],
    ['a typo', 'America/New_Yrok'],
    ['the empty string', ''],
    ['a 1 MB string', 'A'.repeat(1 << 20)],
    ['a 1 MB string of valid ids', 'America/New_York'.repeat(65_536)],
    ['a 1 MB offset-like string', `+05:30${'0'.repeat(1 << 20)}`],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { id: 'UTC' }],
    ['an array', ['UTC']],
  ]
  describe.each(withZone)('%s', (_, run) => {
    it.each(bad)('rejects %s with INVALID_TIME_ZONE at timeZone', (_, timeZone) => {
      expect(() => run(timeZone)).toThrow(slotwiseError('INVALID_TIME_ZONE', 'timeZone'))
    })
  })

  it.each(bad)('isValidTimeZone says false for %s', (_, timeZone) => {
    expect(isValidTimeZone(timeZone)).toBe(false)
  })

  it('suggests close valid ids for a typo', () => {
    const error = thrownBy(() => toWallTime(0, 'America/New_Yrok'))
    const suggestions = error.details.suggestions
    expect(Array.isArray(suggestions)).toBe(true)
    expect(suggestions).toContain('America/New_York')
    expect(suggestions?.[0]).toBe('America/New_York')
    for (const suggestion of suggestions ?? []) expect(isValidTimeZone(suggestion)).toBe(true)
  })

  it.each([
    ['a city under the wrong region', 'Europe/New_York', 'America/New_York'],
    ['a city with a space', 'New York', 'America/New_York'],
    ['a lower-case typo', 'europe/londn', 'Europe/London'],
  ])('suggests for %s', (_, id, expected) => {
    expect(thrownBy(() => validateTimeZone(id)).details.suggestions).toContain(expected)
  })

  it('gives suggestions as an array (maybe empty) for anything else', () => {
    for (const value of ['Mars/Olympus', 'x'.repeat(1 << 20), '', 42, null]) {
      const suggestions = thrownBy(() => validateTimeZone(value)).details.suggestions
      expect(Array.isArray(suggestions)).toBe(true)
      for (const suggestion of suggestions ?? []) expect(isValidTimeZone(suggestion)).toBe(true)
    }
  })
})

describe('bad instants', () => {
  const bad: ReadonlyArray<[string, unknown]> = [
    ['NaN', Number.NaN],
    ['a fraction', 1.5],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['1e21', 1e21],
    ['one ms before the first supported instant', MIN_ZONE_INSTANT - 1],
    ['one ms after the last supported instant', MAX_ZONE_INSTANT + 1],
    ['a numeric string', '0'],
    ['a bigint', 0n],
    ['null', null],
    ['a Date', new Date(0)],
  ]
  describe.each(withInstant)('%s', (_, run) => {
    it.each(bad)('rejects %s with INVALID_INSTANT at instant', (_, instant) => {
      expect(() => run(instant)).toThrow(slotwiseError('INVALID_INSTANT', 'instant'))
    })

    it('accepts the first and last supported instants', () => {
      expect(() => run(MIN_ZONE_INSTANT)).not.toThrow()
      expect(() => run(MAX_ZONE_INSTANT)).not.toThrow()
    })
  })

  it('formats the extreme instants in the extreme fixed offsets', () => {
    expect(toWallTime(MIN_ZONE_INSTANT, '-23:59')).toBe('0001-01-01T00:01:00')
    expect(toWallTime(MAX_ZONE_INSTANT, '+23:59')).toBe('9999-12-31T23:58:59.999')
  })

  it.each(bad)('timeZoneTransitions rejects %s as a window edge', (_, instant) => {
    const end = Date.UTC(2030, 0, 1)
    expect(() => timeZoneTransitions('UTC', { start: instant as number, end })).toThrow(
      slotwiseError('INVALID_INSTANT', 'window.start'),
    )
    expect(() => timeZoneTransitions('UTC', { start: 0, end: instant as number })).toThrow(
      slotwiseError('INVALID_INSTANT', 'window.end'),
    )
  })
})

describe('bad windows', () => {
  it.each([
    ['null', null],
    ['a number', 0],
    ['a string', '2024'],
  ])('rejects %s with INVALID_INTERVAL at window', (_, window) => {
    expect(() => timeZoneTransitions('UTC', window as never)).toThrow(
      slotwiseError('INVALID_INTERVAL', 'window'),
    )
  })

  it('rejects an end before the start', () => {
    expect(() => timeZoneTransitions('Europe/London', { start: 1, end: 0 })).toThrow(
      slotwiseError('INVALID_INTERVAL', 'window'),
    )
  })

  it('accepts an empty window and 200 years, rejects one millisecond more', () => {
    expect(timeZoneTransitions('Europe/London', { start: 0, end: 0 })).toEqual([])
    const start = Date.UTC(1900, 0, 1)
    expect(
      timeZoneTransitions('Europe/London', { start, end: start + MAX_TRANSITION_WINDOW_MS }).length,
    ).toBeGreaterThan(300)
    expect(() =>
      timeZoneTransitions('Europe/London', { start, end: start + MAX_TRANSITION_WINDOW_MS + 1 }),
    ).toThrow(slotwiseError('RANGE_TOO_LARGE', 'window'))
  })
})

describe('bad wall times', () => {
  it.each([
    '2024-02-30T09:00',
    '2024-03-10T24:00',
    '2024-03-10',
    '2024-03-10 09:00',
    '2024-03-10T09:00Z',
    '2024-03-10T09:00+01:00',
    '2024-03-10T09:00[America/New_York]',
    '',
    `2024-03-10T09:00:00.${'5'.repeat(1 << 20)}`,
    42,
    null,
    undefined,
  ])('toInstant rejects %j with INVALID_DATE_TIME at wallTime', (wallTime) => {
    expect(() => toInstant(wallTime as string, 'America/New_York')).toThrow(
      slotwiseError('INVALID_DATE_TIME', 'wallTime'),
    )
  })

  it.each([
    Number.NaN,
    1.5,
    Number.POSITIVE_INFINITY,
    -62_135_596_800_001, // a millisecond before 0001-01-01T00:00
    253_402_300_800_000, // 10000-01-01T00:00
    '0',
    null,
  ])('toInstantFromWallMilliseconds rejects %s with INVALID_DATE_TIME at wall', (wall) => {
    expect(() => toInstantFromWallMilliseconds(wall as number, 'America/New_York')).toThrow(
      slotwiseError('INVALID_DATE_TIME', 'wall'),
    )
  })
})

describe('bad options', () => {
  it.each(['EARLIER', 'first', '', 1, null, true, {}])('rejects the disambiguation %j', (disambiguation) => {
    const options = { disambiguation } as never
    expect(() => toInstant('2024-03-10T02:30', 'America/New_York', options)).toThrow(
      slotwiseError('INVALID_ARGUMENT', 'options.disambiguation'),
    )
    expect(() => toInstantFromWallMilliseconds(0, 'America/New_York', options)).toThrow(
      slotwiseError('INVALID_ARGUMENT', 'options.disambiguation'),
    )
  })

  it.each(['later', 1, true])('rejects options that are not an object: %j', (options) => {
    expect(() => toInstant('2024-03-10T02:30', 'America/New_York', options as never)).toThrow(
      slotwiseError('INVALID_ARGUMENT', 'options'),
    )
  })

  it('treats missing options and a missing disambiguation as compatible', () => {
    const compatible = toInstant('2024-03-10T02:30', 'America/New_York', { disambiguation: 'compatible' })
    expect(toInstant('2024-03-10T02:30', 'America/New_York')).toBe(compatible)
    expect(toInstant('2024-03-10T02:30', 'America/New_York', {})).toBe(compatible)
    expect(toInstant('2024-03-10T02:30', 'America/New_York', { disambiguation: undefined } as never)).toBe(
      compatible,
    )
  })
})

describe('fuzz: nothing but SlotwiseError ever escapes', () => {
  const zones = allTestTimeZones()
  const anyZone = fc.oneof(zoneLikeTextArbitrary(zones), hostileInputArbitrary())
  const anyInstant = fc.oneof(zoneInstantArbitrary(), fc.integer(), fc.double(), hostileInputArbitrary())
  const anyWallText = fc.oneof(
    plainDateTimeTextArbitrary(),
    nearMissTextArbitrary(plainDateTimeTextArbitrary()),
    hostileInputArbitrary(),
  )
  const anyWall = fc.oneof(
    fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
    fc.double(),
    hostileInputArbitrary(),
  )
  const anyOptions = fc.oneof(
    fc.record({
      disambiguation: fc.oneof(fc.constantFrom('compatible', 'earlier', 'later', 'reject'), fc.anything()),
    }),
    hostileInputArbitrary(),
  )

  function onlySlotwiseErrors(run: () => unknown): void {
    try {
      run()
    } catch (error) {
      if (!isSlotwiseError(error)) throw error
      expect(error.path).not.toBe('')
    }
  }

  test.prop({ wallTime: anyWallText, zone: anyZone, options: anyOptions })(
    'toInstant',
    ({ wallTime, zone, options }) => {
      onlySlotwiseErrors(() => toInstant(wallTime as string, zone as string, options as never))
    },
  )

  test.prop({ wall: anyWall, zone: anyZone, options: anyOptions })(
    'toInstantFromWallMilliseconds',
    ({ wall, zone, options }) => {
      onlySlotwiseErrors(() =>
        toInstantFromWallMilliseconds(wall as number, zone as string, options as never),
      )
    },
  )

  test.prop({ instant: anyInstant, zone: anyZone })(
    'toWallTime, toWallMilliseconds, offsetSeconds, offsetMinutes',
    ({ instant, zone }) => {
      onlySlotwiseErrors(() => toWallTime(instant as number, zone as string))
      onlySlotwiseErrors(() => toWallMilliseconds(instant as number, zone as string))
      onlySlotwiseErrors(() => offsetSeconds(instant as number, zone as string))
      onlySlotwiseErrors(() => offsetMinutes(instant as number, zone as string))
    },
  )

  test.prop({ zone: anyZone, path: fc.string() })(
    'validateTimeZone and isValidTimeZone agree',
    ({ zone, path }) => {
      const valid = isValidTimeZone(zone)
      try {
        expect(validateTimeZone(zone, path)).toBe(zone)
        expect(valid).toBe(true)
      } catch (error) {
        if (!isSlotwiseError(error)) throw error
        expect(valid).toBe(false)
        expect(error.code).toBe('INVALID_TIME_ZONE')
        expect(error.path).toBe(path)
      }
    },
  )

  test.prop({
    zone: anyZone,
    window: fc.oneof(fc.record({ start: anyInstant, end: anyInstant }), hostileInputArbitrary()),
  })('timeZoneTransitions', ({ zone, window }) => {
    onlySlotwiseErrors(() => timeZoneTransitions(zone as string, window as never))
  })
})
