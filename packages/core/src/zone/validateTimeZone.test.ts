import { describe, expect, test } from 'vitest'
import { offsetSeconds } from './offsetSeconds.js'
import { timeZoneTransitions } from './timeZoneTransitions.js'
import { toInstant } from './toInstant.js'
import { toWallTime } from './toWallTime.js'
import { isValidTimeZone, validateTimeZone } from './validateTimeZone.js'

const invalidTimeZone = (path = 'timeZone') =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_TIME_ZONE', path })

const JANUARY = Date.UTC(2024, 0, 15)
const JULY = Date.UTC(2024, 6, 15)

describe('IANA ids', () => {
  test.each(['America/New_York', 'Europe/London', 'UTC', 'Asia/Kathmandu', 'Etc/GMT+5'])(
    'accepts %s',
    (id) => {
      expect(validateTimeZone(id)).toBe(id)
      expect(isValidTimeZone(id)).toBe(true)
    },
  )

  test.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Kolkata', 'Asia/Calcutta'],
    ['US/Eastern', 'America/New_York'],
    ['Europe/Kyiv', 'Europe/Kiev'],
    ['EST5EDT', 'America/New_York'],
  ])('accepts the alias %s, keeps it as given, and gives the offsets of %s', (alias, other) => {
    // Intl's resolvedOptions() rewrites ids (Asia/Kolkata -> Asia/Calcutta); callers compare
    // the id they stored with what they get back, so it must not be rewritten.
    expect(validateTimeZone(alias)).toBe(alias)
    for (const instant of [JANUARY, JULY]) {
      expect(offsetSeconds(instant, alias)).toBe(offsetSeconds(instant, other))
    }
  })

  test.each([
    ['america/new_york', 'America/New_York'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['Europe/LONDON', 'Europe/London'],
    ['utc', 'UTC'],
  ])('accepts the case variant %s, as Intl and Temporal do, and keeps it as given', (id, canonical) => {
    // Pinned: ECMA-402 matches zone ids case-insensitively. The id is not canonicalised,
    // so 'america/new_york' and 'America/New_York' are two spellings of one zone.
    expect(isValidTimeZone(id)).toBe(true)
    expect(validateTimeZone(id)).toBe(id)
    for (const instant of [JANUARY, JULY]) {
      expect(offsetSeconds(instant, id)).toBe(offsetSeconds(instant, canonical))
    }
  })

  test.each([
    ' UTC',
    'UTC ',
    'America/New York',
    'America//New_York',
    'GMT+5',
    'UTC+5',
    'Mars/Olympus',
    'Local',
  ])('rejects %j', (id) => {
    expect(isValidTimeZone(id)).toBe(false)
    expect(() => validateTimeZone(id)).toThrow(invalidTimeZone())
  })

  test('reports the path it is given', () => {
    expect(() => validateTimeZone('Mars/Olympus', 'people[2].timeZone')).toThrow(
      invalidTimeZone('people[2].timeZone'),
    )
  })
})

describe('fixed offsets', () => {
  test.each([
    ['+05:30', 19_800],
    ['-03:00', -10_800],
    ['+0530', 19_800],
    ['+05', 18_000],
    ['-05', -18_000],
    ['Z', 0],
    ['z', 0],
    ['+00:00', 0],
    ['-00:00', 0],
    ['+05:30:15', 19_815],
    ['\u221205:00', -18_000], // U+2212 MINUS SIGN, which ISO 8601 allows
    ['+23:59', 86_340],
    ['-23:59:59', -86_399],
  ])('%s is %i seconds east', (id, seconds) => {
    expect(validateTimeZone(id)).toBe(id)
    // toBe uses Object.is: '-00:00' must give 0, not -0.
    expect(offsetSeconds(JULY, id)).toBe(seconds)
    expect(offsetSeconds(JANUARY, id)).toBe(seconds)
  })

  test('a fixed offset converts both ways and has no transitions', () => {
    expect(toInstant('2024-01-01T00:00', '+05:30')).toBe(1_704_047_400_000)
    expect(toWallTime(0, '-03:00')).toBe('1969-12-31T21:00:00')
    expect(toWallTime(0, '+05:30:15')).toBe('1970-01-01T05:30:15')
    expect(toInstant('2024-03-10T02:30', '-05:00', { disambiguation: 'reject' })).toBe(
      Date.UTC(2024, 2, 10, 7, 30),
    )
    expect(timeZoneTransitions('+05:30', { start: 0, end: Date.UTC(2037, 0, 1) })).toEqual([])
  })

  test.each([
    '+24:00', // the offset stays under 24 hours
    '-24:00',
    '+25:00',
    '+99',
    '+05:60',
    '+05:30:60',
    '05:30', // a sign is required
    '0530',
    '+5:30',
    '+5',
    '+05:3',
    '+053',
    '+05:30:',
    '+05:30:1',
    '+0530:00',
    '+05:30:15.5',
    '+05-30',
    '++05:30',
    '+',
    '-',
    'Z ',
    'ZZ',
    '+\uff10\uff15:30', // fullwidth digits are digits to Unicode, not to ISO 8601
  ])('rejects %j', (id) => {
    expect(isValidTimeZone(id)).toBe(false)
    expect(() => validateTimeZone(id)).toThrow(invalidTimeZone())
    expect(() => toWallTime(0, id)).toThrow(invalidTimeZone())
  })
})
