import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { offsetMinutes, offsetSeconds } from './offsetSeconds.js'
import { timeZoneTransitions } from './timeZoneTransitions.js'
import { toInstant } from './toInstant.js'
import { toWallTime } from './toWallTime.js'
import type { Disambiguation } from './wallToInstant.js'
import { clearZoneCache, setDirectProbeBudget } from './zoneRecord.js'

// The zones with a known oddity, pinned with values checked against temporal-polyfill and
// the tz database. Each example runs three ways: from the transition table (budget 0),
// straight from Intl (a budget nothing exhausts), and with the default budget (12 direct
// probes, then a table), so a bug in either path or in the hand-over shows up here by name.

const DEFAULT_BUDGET = 12
const HOUR = 3_600_000

const nonexistent = expect.objectContaining({
  name: 'SlotwiseError',
  code: 'NONEXISTENT_TIME',
  path: 'wallTime',
})
const ambiguous = expect.objectContaining({ name: 'SlotwiseError', code: 'AMBIGUOUS_TIME', path: 'wallTime' })

function instants(wallTime: string, timeZone: string): Record<Exclude<Disambiguation, 'reject'>, number> {
  return {
    compatible: toInstant(wallTime, timeZone, { disambiguation: 'compatible' }),
    earlier: toInstant(wallTime, timeZone, { disambiguation: 'earlier' }),
    later: toInstant(wallTime, timeZone, { disambiguation: 'later' }),
  }
}

afterAll(() => {
  setDirectProbeBudget(DEFAULT_BUDGET)
  clearZoneCache()
})

describe.each([
  { mode: 'table', budget: 0 },
  { mode: 'direct Intl probe', budget: Number.MAX_SAFE_INTEGER },
  { mode: 'default budget', budget: DEFAULT_BUDGET },
])('$mode mode', ({ budget }) => {
  beforeEach(() => {
    setDirectProbeBudget(budget)
    clearZoneCache()
  })

  describe('America/New_York', () => {
    // The everyday DST case every caller meets: the four disambiguations must be Temporal's.
    test('2024-03-10T02:30 is in the spring-forward gap', () => {
      expect(instants('2024-03-10T02:30', 'America/New_York')).toEqual({
        compatible: Date.UTC(2024, 2, 10, 7, 30), // 03:30 EDT: moved forward by the gap
        earlier: Date.UTC(2024, 2, 10, 6, 30), // 01:30 EST
        later: Date.UTC(2024, 2, 10, 7, 30), // 03:30 EDT
      })
      expect(() => toInstant('2024-03-10T02:30', 'America/New_York', { disambiguation: 'reject' })).toThrow(
        nonexistent,
      )
      expect(toWallTime(Date.UTC(2024, 2, 10, 7, 30), 'America/New_York')).toBe('2024-03-10T03:30:00')
    })

    test('2024-11-03T01:30 is in the fall-back fold', () => {
      expect(instants('2024-11-03T01:30', 'America/New_York')).toEqual({
        compatible: Date.UTC(2024, 10, 3, 5, 30), // EDT, the earlier of the two
        earlier: Date.UTC(2024, 10, 3, 5, 30),
        later: Date.UTC(2024, 10, 3, 6, 30), // EST
      })
      expect(() => toInstant('2024-11-03T01:30', 'America/New_York', { disambiguation: 'reject' })).toThrow(
        ambiguous,
      )
      expect(toWallTime(Date.UTC(2024, 10, 3, 5, 30), 'America/New_York')).toBe('2024-11-03T01:30:00')
      expect(toWallTime(Date.UTC(2024, 10, 3, 6, 30), 'America/New_York')).toBe('2024-11-03T01:30:00')
    })

    test("'compatible' is not monotone across a gap: 02:59 maps after 03:00", () => {
      // Why the laws only claim monotonicity for wall times that exist.
      expect(toInstant('2024-03-10T02:59', 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 7, 59))
      expect(toInstant('2024-03-10T03:00', 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 7, 0))
    })

    test('the edges of the gap and the fold', () => {
      // Half-open: 02:00 is the first skipped wall time, 03:00 the first that exists again.
      expect(toInstant('2024-03-10T01:59:59.999', 'America/New_York', { disambiguation: 'reject' })).toBe(
        Date.UTC(2024, 2, 10, 7) - 1,
      )
      expect(() => toInstant('2024-03-10T02:00', 'America/New_York', { disambiguation: 'reject' })).toThrow(
        nonexistent,
      )
      expect(() =>
        toInstant('2024-03-10T02:59:59.999', 'America/New_York', { disambiguation: 'reject' }),
      ).toThrow(nonexistent)
      expect(toInstant('2024-03-10T03:00', 'America/New_York', { disambiguation: 'reject' })).toBe(
        Date.UTC(2024, 2, 10, 7),
      )
      expect(() => toInstant('2024-11-03T01:00', 'America/New_York', { disambiguation: 'reject' })).toThrow(
        ambiguous,
      )
      expect(toInstant('2024-11-03T02:00', 'America/New_York', { disambiguation: 'reject' })).toBe(
        Date.UTC(2024, 10, 3, 7),
      )
    })
  })

  describe('Pacific/Apia', () => {
    // Samoa crossed the date line: 2011-12-30 never happened there. A whole local day is a
    // 24-hour gap, which breaks any code that assumes a gap is an hour or that every date exists.
    test('the offset jumps from -10:00 to +14:00 at 2011-12-30T10:00Z', () => {
      const jump = Date.UTC(2011, 11, 30, 10)
      expect(offsetSeconds(jump - 1, 'Pacific/Apia')).toBe(-10 * 3600)
      expect(offsetSeconds(jump, 'Pacific/Apia')).toBe(14 * 3600)
      expect(toWallTime(jump - 1, 'Pacific/Apia')).toBe('2011-12-29T23:59:59.999')
      expect(toWallTime(jump, 'Pacific/Apia')).toBe('2011-12-31T00:00:00')
      expect(
        timeZoneTransitions('Pacific/Apia', { start: Date.UTC(2011, 11, 1), end: Date.UTC(2012, 0, 1) }),
      ).toEqual([{ instant: jump, offsetSecondsBefore: -36000, offsetSecondsAfter: 50400 }])
    })

    test.each(['00:00', '06:00', '12:00', '23:59:59.999'])('2011-12-30T%s does not exist', (time) => {
      const wallTime = `2011-12-30T${time}`
      expect(() => toInstant(wallTime, 'Pacific/Apia', { disambiguation: 'reject' })).toThrow(nonexistent)
      const { compatible, earlier, later } = instants(wallTime, 'Pacific/Apia')
      expect(compatible).toBe(later)
      expect(later - earlier).toBe(24 * HOUR)
      expect(toWallTime(earlier, 'Pacific/Apia')).toBe(
        `2011-12-29T${time.length === 5 ? `${time}:00` : time}`,
      )
      expect(toWallTime(later, 'Pacific/Apia')).toBe(`2011-12-31T${time.length === 5 ? `${time}:00` : time}`)
    })

    test('noon of the missing day is noon on either side of it', () => {
      expect(instants('2011-12-30T12:00', 'Pacific/Apia')).toEqual({
        compatible: Date.UTC(2011, 11, 30, 22), // 2011-12-31T12:00+14:00
        earlier: Date.UTC(2011, 11, 29, 22), // 2011-12-29T12:00-10:00
        later: Date.UTC(2011, 11, 30, 22),
      })
    })
  })

  describe('Australia/Lord_Howe', () => {
    // The only zone whose DST shift is 30 minutes (10:30 <-> 11:00): gaps and folds are not hours.
    test('offsets are +10:30 in winter and +11:00 in summer', () => {
      expect(offsetSeconds(Date.UTC(2024, 6, 1), 'Australia/Lord_Howe')).toBe(37_800)
      expect(offsetSeconds(Date.UTC(2024, 0, 1), 'Australia/Lord_Howe')).toBe(39_600)
      expect(
        timeZoneTransitions('Australia/Lord_Howe', {
          start: Date.UTC(2023, 6, 1),
          end: Date.UTC(2024, 6, 1),
        }),
      ).toEqual([
        { instant: Date.UTC(2023, 8, 30, 15, 30), offsetSecondsBefore: 37_800, offsetSecondsAfter: 39_600 },
        { instant: Date.UTC(2024, 3, 6, 15), offsetSecondsBefore: 39_600, offsetSecondsAfter: 37_800 },
      ])
    })

    test('02:15 on 2023-10-01 is in a 30-minute gap', () => {
      expect(() =>
        toInstant('2023-10-01T02:15', 'Australia/Lord_Howe', { disambiguation: 'reject' }),
      ).toThrow(nonexistent)
      const { compatible, earlier } = instants('2023-10-01T02:15', 'Australia/Lord_Howe')
      expect(toWallTime(compatible, 'Australia/Lord_Howe')).toBe('2023-10-01T02:45:00')
      expect(toWallTime(earlier, 'Australia/Lord_Howe')).toBe('2023-10-01T01:45:00')
      expect(compatible - earlier).toBe(HOUR / 2)
    })

    test('01:45 on 2024-04-07 is in a 30-minute fold', () => {
      expect(instants('2024-04-07T01:45', 'Australia/Lord_Howe')).toEqual({
        compatible: Date.UTC(2024, 3, 6, 14, 45), // +11:00
        earlier: Date.UTC(2024, 3, 6, 14, 45),
        later: Date.UTC(2024, 3, 6, 15, 15), // +10:30
      })
    })
  })

  test('Pacific/Chatham is +12:45 in winter and +13:45 in summer', () => {
    // Offsets that are neither whole nor half hours, east of +12:00.
    expect(offsetMinutes(Date.UTC(2024, 6, 1), 'Pacific/Chatham')).toBe(765)
    expect(offsetMinutes(Date.UTC(2024, 0, 1), 'Pacific/Chatham')).toBe(825)
    expect(toWallTime(Date.UTC(2024, 0, 1), 'Pacific/Chatham')).toBe('2024-01-01T13:45:00')
    expect(toInstant('2024-07-01T12:45', 'Pacific/Chatham')).toBe(Date.UTC(2024, 6, 1))
  })

  test('Asia/Kathmandu is +05:45, and was +05:30 before 1986', () => {
    // A quarter-hour offset, and a 15-minute gap when it was introduced.
    expect(offsetMinutes(Date.UTC(2024, 0, 1), 'Asia/Kathmandu')).toBe(345)
    expect(offsetMinutes(Date.UTC(1985, 5, 1), 'Asia/Kathmandu')).toBe(330)
    expect(toWallTime(0, 'Asia/Kathmandu')).toBe('1970-01-01T05:30:00')
    expect(() => toInstant('1986-01-01T00:10', 'Asia/Kathmandu', { disambiguation: 'reject' })).toThrow(
      nonexistent,
    )
    expect(toWallTime(toInstant('1986-01-01T00:10', 'Asia/Kathmandu'), 'Asia/Kathmandu')).toBe(
      '1986-01-01T00:25:00',
    )
  })

  describe.each([
    { zone: 'America/Santiago', day: '2023-09-03', start: Date.UTC(2023, 8, 3, 4) },
    { zone: 'America/Havana', day: '2023-03-12', start: Date.UTC(2023, 2, 12, 5) },
  ])('$zone on $day', ({ zone, day, start }) => {
    // DST starts at midnight: the local day has no 00:xx and starts at 01:00. Code that builds
    // "midnight" with reject, or assumes every day has one, breaks here.
    test('midnight does not exist; the day starts at 01:00', () => {
      expect(() => toInstant(`${day}T00:00`, zone, { disambiguation: 'reject' })).toThrow(nonexistent)
      expect(toInstant(`${day}T00:00`, zone)).toBe(start)
      expect(toWallTime(start, zone)).toBe(`${day}T01:00:00`)
      expect(toWallTime(start - 1, zone)).toMatch(/T23:59:59\.999$/)
    })

    test("00:30 is a gap: 'compatible' gives 01:30, 'earlier' 23:30 the evening before", () => {
      const { compatible, earlier, later } = instants(`${day}T00:30`, zone)
      expect(compatible).toBe(start + HOUR / 2)
      expect(later).toBe(compatible)
      expect(toWallTime(compatible, zone)).toBe(`${day}T01:30:00`)
      expect(earlier).toBe(start - HOUR / 2)
      expect(toWallTime(earlier, zone)).toMatch(/T23:30:00$/)
    })
  })

  test('America/Santiago falls back at midnight: 23:30 happens twice', () => {
    expect(instants('2024-04-06T23:30', 'America/Santiago')).toEqual({
      compatible: Date.UTC(2024, 3, 7, 2, 30), // -03:00
      earlier: Date.UTC(2024, 3, 7, 2, 30),
      later: Date.UTC(2024, 3, 7, 3, 30), // -04:00
    })
  })

  test('Europe/Dublin is +00:00 in winter and +01:00 in summer', () => {
    // The tz database models Irish time as negative DST (winter is the "daylight" period);
    // whatever the modelling, the offsets must come out as the clocks show.
    expect(offsetSeconds(Date.UTC(2024, 0, 15), 'Europe/Dublin')).toBe(0)
    expect(offsetSeconds(Date.UTC(2024, 6, 15), 'Europe/Dublin')).toBe(3600)
    expect(toWallTime(Date.UTC(2024, 6, 15, 12), 'Europe/Dublin')).toBe('2024-07-15T13:00:00')
  })

  test('Pacific/Tongatapu had +14:00 summers only in 1999–2002 and 2016–17', () => {
    // Standard time +13:00 (east of the date line) with DST in a few summers only: a zone
    // whose rules come and go.
    expect(offsetSeconds(Date.UTC(2017, 0, 1), 'Pacific/Tongatapu')).toBe(14 * 3600)
    expect(offsetSeconds(Date.UTC(2018, 0, 1), 'Pacific/Tongatapu')).toBe(13 * 3600)
    expect(
      timeZoneTransitions('Pacific/Tongatapu', { start: Date.UTC(2016, 0, 1), end: Date.UTC(2019, 0, 1) }),
    ).toEqual([
      { instant: Date.UTC(2016, 10, 5, 13), offsetSecondsBefore: 46_800, offsetSecondsAfter: 50_400 },
      { instant: Date.UTC(2017, 0, 14, 13), offsetSecondsBefore: 50_400, offsetSecondsAfter: 46_800 },
    ])
    expect(toWallTime(toInstant('2016-11-06T02:30', 'Pacific/Tongatapu'), 'Pacific/Tongatapu')).toBe(
      '2016-11-06T03:30:00',
    )
  })

  test.each([
    { year: 2019, leave: Date.UTC(2019, 4, 5, 2), back: Date.UTC(2019, 5, 9, 2) },
    { year: 2024, leave: Date.UTC(2024, 2, 10, 2), back: Date.UTC(2024, 3, 14, 2) },
  ])('Africa/Casablanca leaves +01:00 for Ramadan in $year', ({ year, leave, back }) => {
    // An excursion of about five weeks: a table built with a probe step longer than that
    // sees +01:00 on both sides and silently misses it.
    expect(
      timeZoneTransitions('Africa/Casablanca', {
        start: Date.UTC(year, 0, 1),
        end: Date.UTC(year + 1, 0, 1),
      }),
    ).toEqual([
      { instant: leave, offsetSecondsBefore: 3600, offsetSecondsAfter: 0 },
      { instant: back, offsetSecondsBefore: 0, offsetSecondsAfter: 3600 },
    ])
    expect(offsetSeconds(leave - 1, 'Africa/Casablanca')).toBe(3600)
    expect(offsetSeconds((leave + back) / 2, 'Africa/Casablanca')).toBe(0)
    expect(offsetSeconds(back, 'Africa/Casablanca')).toBe(3600)
  })

  test('Africa/Monrovia was -00:44:30 until 1972', () => {
    // An offset with seconds: minutes or hours arithmetic gets it wrong by 30 s.
    expect(offsetSeconds(0, 'Africa/Monrovia')).toBe(-2670)
    expect(offsetMinutes(0, 'Africa/Monrovia')).toBe(-44.5)
    expect(toWallTime(0, 'Africa/Monrovia')).toBe('1969-12-31T23:15:30')
    expect(toWallTime(1500, 'Africa/Monrovia')).toBe('1969-12-31T23:15:31.500')
    expect(toInstant('1970-01-01T00:00', 'Africa/Monrovia')).toBe(2_670_000)
    const change = Date.UTC(1972, 0, 7, 0, 44, 30)
    expect(
      timeZoneTransitions('Africa/Monrovia', { start: Date.UTC(1971, 0, 1), end: Date.UTC(1973, 0, 1) }),
    ).toEqual([{ instant: change, offsetSecondsBefore: -2670, offsetSecondsAfter: 0 }])
    expect(toWallTime(change - 1000, 'Africa/Monrovia')).toBe('1972-01-06T23:59:59')
    expect(toWallTime(change, 'Africa/Monrovia')).toBe('1972-01-07T00:44:30')
    // The 44.5-minute gap: 00:30 does not exist, and 'compatible' moves it by 44:30.
    expect(() => toInstant('1972-01-07T00:30', 'Africa/Monrovia', { disambiguation: 'reject' })).toThrow(
      nonexistent,
    )
    expect(toWallTime(toInstant('1972-01-07T00:30', 'Africa/Monrovia'), 'Africa/Monrovia')).toBe(
      '1972-01-07T01:14:30',
    )
  })
})

test('the examples in the doc comments hold', () => {
  // Readers copy these; they must not drift from what the functions do.
  expect(toInstant('2024-03-10T02:30', 'America/New_York')).toBe(1_710_055_800_000)
  expect(toInstant('2024-11-03T01:30', 'America/New_York', { disambiguation: 'later' })).toBe(
    Date.UTC(2024, 10, 3, 6, 30),
  )
  expect(toInstant('2024-01-01T00:00', '+05:30')).toBe(1_704_047_400_000)
  expect(toWallTime(1_710_055_800_000, 'America/New_York')).toBe('2024-03-10T03:30:00')
  expect(toWallTime(0, 'Asia/Kathmandu')).toBe('1970-01-01T05:30:00')
  expect(offsetSeconds(0, 'Africa/Monrovia')).toBe(-2670)
  expect(offsetMinutes(Date.UTC(2024, 0, 1), 'Asia/Kathmandu')).toBe(345)
  expect(offsetMinutes(Date.UTC(2024, 0, 1), 'Pacific/Chatham')).toBe(825)
  const london = timeZoneTransitions('Europe/London', {
    start: Date.UTC(2024, 0, 1),
    end: Date.UTC(2025, 0, 1),
  })
  expect(london).toEqual([
    { instant: 1_711_846_800_000, offsetSecondsBefore: 0, offsetSecondsAfter: 3600 },
    { instant: Date.UTC(2024, 9, 27, 1), offsetSecondsBefore: 3600, offsetSecondsAfter: 0 },
  ])
})
