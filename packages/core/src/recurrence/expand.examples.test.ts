// Examples of `expand` found while writing the recurrence laws and fuzz tests: each pins an
// input that once went wrong, with the answer decided from RFC 5545 and DESIGN.md.
import { describe, expect, it } from 'vitest'
import { expand } from './expand.js'

const list = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).join(',')
/** Every second of every day: 86 400 candidate times a day (plus 1 440 leap seconds, skipped). */
const EVERY_SECOND = `BYHOUR=${list(0, 23)};BYMINUTE=${list(0, 59)};BYSECOND=${list(0, 60)}`

describe('work is capped, not only output: BYSETPOS can keep one of millions of candidates', () => {
  // Found by reading: a ~550-character rule yields 86 400 candidates a day, BYSETPOS keeps one,
  // so TOO_MANY_INSTANCES (which counts output) never fired and a 10-year window scanned for
  // about 40 seconds (YEARLY: 31.6 million candidates in one period). DESIGN.md: bad input
  // never escapes as a hang; sub-daily rules are rejected or tightly capped.
  it('DAILY, every second, BYSETPOS=1, over ten years: TOO_MANY_INSTANCES', () => {
    expect(() =>
      expand(
        {
          dtstart: '2024-01-01T00:00',
          timeZone: 'America/New_York',
          rrule: `FREQ=DAILY;${EVERY_SECOND};BYSETPOS=1`,
        },
        { start: Date.UTC(2024, 0, 1), end: Date.UTC(2034, 0, 1) },
      ),
    ).toThrow(expect.objectContaining({ name: 'SlotwiseError', code: 'TOO_MANY_INSTANCES', path: 'rrule' }))
  })

  it('YEARLY on every day, every second, BYSETPOS=-1: TOO_MANY_INSTANCES within the first year', () => {
    expect(() =>
      expand(
        {
          dtstart: '2024-01-01T00:00',
          timeZone: 'UTC',
          rrule: `FREQ=YEARLY;${EVERY_SECOND};BYMONTHDAY=${list(1, 31)};BYSETPOS=-1`,
        },
        { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) },
      ),
    ).toThrow(expect.objectContaining({ code: 'TOO_MANY_INSTANCES' }))
  })

  it('a dense rule a scheduler would use still expands: every quarter hour, first of each day, ten years', () => {
    const instants = expand(
      {
        dtstart: '2024-01-01T00:00',
        timeZone: 'America/New_York',
        rrule: `FREQ=DAILY;BYHOUR=${list(0, 23)};BYMINUTE=0,15,30,45;BYSETPOS=1`,
      },
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2034, 0, 1) },
    )
    expect(instants.length).toBe(3653)
  })

  it('COUNT walking from an old DTSTART with a dense BYSETPOS rule still expands', () => {
    const instants = expand(
      {
        dtstart: '2000-01-01T00:00',
        timeZone: 'UTC',
        rrule: `FREQ=DAILY;COUNT=10000;BYHOUR=${list(0, 23)};BYMINUTE=0,15,30,45;BYSETPOS=-1`,
      },
      { start: Date.UTC(2027, 0, 1), end: Date.UTC(2028, 0, 1) },
    )
    // 10 000 days from 2000-01-01 end on 2027-05-18: 2027's first 138 days.
    expect(instants).toHaveLength(138)
    expect(new Date(instants.at(-1)!).toISOString()).toBe('2027-05-18T23:45:00.000Z')
  })
})

describe("RDATE given as a date takes DTSTART's time of day", () => {
  // Found by reading: the time of day was `start % MS_PER_DAY`, negative for a DTSTART before
  // 1970, so '1970-01-05' became 1970-01-04T09:00 (the day before).
  it('with DTSTART before 1970', () => {
    const instants = expand(
      {
        dtstart: '1969-12-29T09:00',
        timeZone: 'UTC',
        rrule: 'FREQ=WEEKLY;COUNT=1',
        rdates: ['1970-01-05', '1969-12-31'],
      },
      { start: Date.UTC(1969, 11, 1), end: Date.UTC(1970, 1, 1) },
    )
    expect(instants.map((i) => new Date(i).toISOString())).toEqual([
      '1969-12-29T09:00:00.000Z',
      '1969-12-31T09:00:00.000Z',
      '1970-01-05T09:00:00.000Z',
    ])
  })

  it('with DTSTART after 1970, in a zone', () => {
    const instants = expand(
      {
        dtstart: '2024-01-01T09:00',
        timeZone: 'America/New_York',
        rrule: 'FREQ=WEEKLY;COUNT=1',
        rdates: ['2024-01-05'],
      },
      { start: Date.UTC(2023, 11, 1), end: Date.UTC(2024, 1, 1) },
    )
    expect(instants).toEqual([Date.UTC(2024, 0, 1, 14), Date.UTC(2024, 0, 5, 14)])
  })
})

describe("DTSTART must fall in the calendar the engine knows (0001-01-01 … 9999-12-31 in the rule's zone)", () => {
  // Found by reading: an instant before year 1 is a valid instant, but the civil-date
  // arithmetic (`packed % 100`) breaks for years <= 0: FREQ=MONTHLY;COUNT=3 from
  // -271821-04-20 gave three January 20ths a year apart, without DTSTART itself.
  it.each([
    ['the smallest instant', -8.64e15, 'UTC'],
    ['the day before 0001-01-01 in UTC', Date.parse('0000-12-31T09:00:00Z'), 'UTC'],
    ['0001-01-01T00:00+14:00, which is year 0 in UTC', '0001-01-01T00:00:00+14:00', 'UTC'],
    ['the largest instant', 8.64e15, 'UTC'],
  ])('%s: INVALID_RRULE at recurrence.dtstart', (_, dtstart, timeZone) => {
    expect(() =>
      expand(
        { dtstart, timeZone, rrule: 'FREQ=MONTHLY;COUNT=3' },
        { start: -8.64e15, end: -8.64e15 + 86_400_000 },
      ),
    ).toThrow(
      expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_RRULE', path: 'recurrence.dtstart' }),
    )
  })

  it('the first and last days are fine', () => {
    const first = Date.parse('0001-01-01T00:00:00Z')
    expect(
      expand(
        { dtstart: '0001-01-01T00:00', timeZone: 'UTC', rrule: 'FREQ=MONTHLY;COUNT=2' },
        { start: first, end: first + 60 * 86_400_000 },
      ),
    ).toEqual([first, Date.parse('0001-02-01T00:00:00Z')])
    const last = Date.parse('9999-12-31T23:59:59Z')
    expect(
      expand(
        { dtstart: '9999-12-31T23:59:59', timeZone: 'UTC', rrule: 'FREQ=DAILY' },
        { start: last - 1000, end: last + 1000 },
      ),
    ).toEqual([last])
  })
})
