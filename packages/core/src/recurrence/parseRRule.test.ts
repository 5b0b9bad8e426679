import { describe, expect, it } from 'vitest'
import { formatRRule, MAX_RRULE_LENGTH, parseRRule, safeParseRRule } from './parseRRule.js'

const invalid = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_RRULE', path })

describe('parseRRule reads RFC 5545 rules', () => {
  it.each([
    [
      'RRULE:FREQ=MONTHLY;BYDAY=-1FR',
      { freq: 'MONTHLY', interval: 1, byDay: [{ weekday: 'FR', ordinal: -1 }], wkst: 'MO' },
    ],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
      { freq: 'WEEKLY', interval: 2, byDay: [{ weekday: 'MO' }, { weekday: 'WE' }], wkst: 'MO' },
    ],
    ['FREQ=DAILY;COUNT=10', { freq: 'DAILY', interval: 1, count: 10, wkst: 'MO' }],
    [
      'FREQ=DAILY;UNTIL=19971224T000000Z',
      { freq: 'DAILY', interval: 1, until: '19971224T000000Z', wkst: 'MO' },
    ],
    [
      'FREQ=DAILY;UNTIL=19971224T000000',
      { freq: 'DAILY', interval: 1, until: '19971224T000000', wkst: 'MO' },
    ],
    ['FREQ=DAILY;UNTIL=19971224', { freq: 'DAILY', interval: 1, until: '19971224', wkst: 'MO' }],
    [
      'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYSECOND=0,30,60;BYMINUTE=15;BYHOUR=9,17;BYDAY=1MO,-1FR,SU;' +
        'BYMONTHDAY=1,-1;BYYEARDAY=100,-1;BYMONTH=1,6;BYSETPOS=1,-1;WKST=SU',
      {
        freq: 'YEARLY',
        interval: 2,
        count: 10,
        bySecond: [0, 30, 60],
        byMinute: [15],
        byHour: [9, 17],
        byDay: [{ weekday: 'MO', ordinal: 1 }, { weekday: 'FR', ordinal: -1 }, { weekday: 'SU' }],
        byMonthDay: [1, -1],
        byYearDay: [100, -1],
        byMonth: [1, 6],
        bySetPos: [1, -1],
        wkst: 'SU',
      },
    ],
    [
      'FREQ=YEARLY;BYWEEKNO=20,-1;BYDAY=MO',
      { freq: 'YEARLY', interval: 1, byWeekNo: [20, -1], byDay: [{ weekday: 'MO' }], wkst: 'MO' },
    ],
    // The parts come in any order; RFC 5545 says they are not ordered.
    [
      'BYDAY=MO,WE;FREQ=WEEKLY;INTERVAL=2',
      { freq: 'WEEKLY', interval: 2, byDay: [{ weekday: 'MO' }, { weekday: 'WE' }], wkst: 'MO' },
    ],
    // Repeated values in a list are kept once, in first-seen order; a + sign is read.
    [
      'FREQ=MONTHLY;BYMONTHDAY=15,1,+15,-1',
      { freq: 'MONTHLY', interval: 1, byMonthDay: [15, 1, -1], wkst: 'MO' },
    ],
    [
      'FREQ=MONTHLY;BYDAY=MO,+1MO,1MO,MO',
      { freq: 'MONTHLY', interval: 1, byDay: [{ weekday: 'MO' }, { weekday: 'MO', ordinal: 1 }], wkst: 'MO' },
    ],
    // Whitespace around the text is ignored.
    ['  FREQ=DAILY\r\n', { freq: 'DAILY', interval: 1, wkst: 'MO' }],
  ])('%s', (text, rule) => {
    expect(parseRRule(text)).toStrictEqual(rule)
  })

  it('accepts lowercase input: part names, values and the RRULE: prefix are case-insensitive', () => {
    expect(parseRRule('rrule:freq=monthly;byday=mo,-1fr;until=20240101t000000z;wkst=su')).toStrictEqual(
      parseRRule('RRULE:FREQ=MONTHLY;BYDAY=MO,-1FR;UNTIL=20240101T000000Z;WKST=SU'),
    )
    expect(parseRRule('freq=monthly;byday=-1fr')).toStrictEqual({
      freq: 'MONTHLY',
      interval: 1,
      byDay: [{ weekday: 'FR', ordinal: -1 }],
      wkst: 'MO',
    })
  })

  it('reads a signed zero as 0 (not -0), so that formatting and parsing again gives the same rule', () => {
    const rule = parseRRule('FREQ=DAILY;BYHOUR=-0;BYMINUTE=+0;BYSECOND=-0')
    expect(rule).toStrictEqual({
      freq: 'DAILY',
      interval: 1,
      bySecond: [0],
      byMinute: [0],
      byHour: [0],
      wkst: 'MO',
    })
    expect(parseRRule(formatRRule(rule))).toStrictEqual(rule)
  })

  it('accepts COUNT and INTERVAL up to the limits the caller raises (expand allows maxCount 1e7, maxInterval 1e6)', () => {
    // Was refused: the integer pattern allowed 6 digits only.
    expect(parseRRule('FREQ=DAILY;COUNT=10000000', { maxCount: 10_000_000 }).count).toBe(10_000_000)
    expect(parseRRule('FREQ=DAILY;INTERVAL=1000000', { maxInterval: 1_000_000 }).interval).toBe(1_000_000)
  })

  it('accepts a rule of exactly MAX_RRULE_LENGTH characters', () => {
    const text = 'FREQ=DAILY'.padEnd(MAX_RRULE_LENGTH, ' ')
    expect(parseRRule(text)).toStrictEqual({ freq: 'DAILY', interval: 1, wkst: 'MO' })
  })
})

describe('parseRRule refuses bad input with INVALID_RRULE and the part as path', () => {
  it.each([
    ['an unknown part', 'FREQ=DAILY;FOO=1', 'FOO'],
    ['an X- part', 'FREQ=DAILY;X-NAME=1', 'X-NAME'],
    ['RSCALE (RFC 7529) is not supported', 'FREQ=DAILY;RSCALE=GREGORIAN', 'RSCALE'],
    ['a repeated part', 'FREQ=DAILY;COUNT=2;COUNT=3', 'COUNT'],
    ['a repeated FREQ', 'FREQ=DAILY;FREQ=WEEKLY', 'FREQ'],
    ['a repeated part in another case', 'FREQ=DAILY;count=2;COUNT=2', 'COUNT'],
    ['COUNT with UNTIL', 'FREQ=DAILY;COUNT=2;UNTIL=20240101', 'UNTIL'],
    ['BYSETPOS=0', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', 'BYSETPOS'],
    ['BYSETPOS alone', 'FREQ=MONTHLY;BYSETPOS=1', 'BYSETPOS'],
    ['BYSETPOS beyond 366', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=367', 'BYSETPOS'],
    ['ordinals with WEEKLY', 'FREQ=WEEKLY;BYDAY=1MO', 'BYDAY'],
    ['ordinals with DAILY', 'FREQ=DAILY;BYDAY=-1FR', 'BYDAY'],
    ['ordinals with YEARLY and BYWEEKNO', 'FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO', 'BYDAY'],
    ['a zero ordinal', 'FREQ=MONTHLY;BYDAY=0MO', 'BYDAY'],
    ['an ordinal beyond 53', 'FREQ=YEARLY;BYDAY=54MO', 'BYDAY'],
    ['a three-digit ordinal', 'FREQ=YEARLY;BYDAY=100MO', 'BYDAY'],
    ['an unknown weekday', 'FREQ=WEEKLY;BYDAY=XX', 'BYDAY'],
    ['BYMONTHDAY with WEEKLY', 'FREQ=WEEKLY;BYMONTHDAY=1', 'BYMONTHDAY'],
    ['BYYEARDAY with MONTHLY', 'FREQ=MONTHLY;BYYEARDAY=1', 'BYYEARDAY'],
    ['BYYEARDAY with DAILY', 'FREQ=DAILY;BYYEARDAY=1', 'BYYEARDAY'],
    ['BYWEEKNO with MONTHLY', 'FREQ=MONTHLY;BYWEEKNO=1', 'BYWEEKNO'],
    ['FREQ=SECONDLY;INTERVAL=1', 'FREQ=SECONDLY;INTERVAL=1', 'FREQ'],
    ['FREQ=MINUTELY', 'FREQ=MINUTELY;COUNT=3', 'FREQ'],
    ['FREQ=HOURLY', 'FREQ=HOURLY;INTERVAL=3', 'FREQ'],
    ['an unknown FREQ', 'FREQ=FORTNIGHTLY', 'FREQ'],
    ['no FREQ', 'COUNT=3', 'FREQ'],
    ['a part without a value', 'FREQ=DAILY;COUNT=', 'COUNT'],
    ['a part without =', 'FREQ', 'FREQ'],
    ['INTERVAL=0', 'FREQ=DAILY;INTERVAL=0', 'INTERVAL'],
    ['INTERVAL over the default maxInterval (1000)', 'FREQ=DAILY;INTERVAL=1001', 'INTERVAL'],
    ['COUNT=0', 'FREQ=DAILY;COUNT=0', 'COUNT'],
    ['COUNT over the default maxCount (10 000)', 'FREQ=DAILY;COUNT=10001', 'COUNT'],
    ['a negative COUNT', 'FREQ=DAILY;COUNT=-1', 'COUNT'],
    ['a fractional COUNT', 'FREQ=DAILY;COUNT=1.5', 'COUNT'],
    ['a hexadecimal COUNT', 'FREQ=DAILY;COUNT=0x10', 'COUNT'],
    ['an exponent', 'FREQ=DAILY;COUNT=1e3', 'COUNT'],
    ['BYHOUR=24', 'FREQ=DAILY;BYHOUR=24', 'BYHOUR'],
    ['BYMINUTE=60', 'FREQ=DAILY;BYMINUTE=60', 'BYMINUTE'],
    ['BYSECOND=61', 'FREQ=DAILY;BYSECOND=61', 'BYSECOND'],
    ['BYMONTH=0', 'FREQ=YEARLY;BYMONTH=0', 'BYMONTH'],
    ['BYMONTH=13', 'FREQ=YEARLY;BYMONTH=13', 'BYMONTH'],
    ['BYMONTHDAY=0', 'FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY'],
    ['BYMONTHDAY=32', 'FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY'],
    ['BYMONTHDAY=-32', 'FREQ=MONTHLY;BYMONTHDAY=-32', 'BYMONTHDAY'],
    ['BYYEARDAY=367', 'FREQ=YEARLY;BYYEARDAY=367', 'BYYEARDAY'],
    ['BYWEEKNO=0', 'FREQ=YEARLY;BYWEEKNO=0', 'BYWEEKNO'],
    ['BYWEEKNO=54', 'FREQ=YEARLY;BYWEEKNO=54', 'BYWEEKNO'],
    ['an empty list item', 'FREQ=MONTHLY;BYMONTHDAY=1,,2', 'BYMONTHDAY'],
    ['an unknown WKST', 'FREQ=WEEKLY;WKST=XX', 'WKST'],
    ['UNTIL on February 29 of a common year', 'FREQ=DAILY;UNTIL=20230229', 'UNTIL'],
    ['UNTIL at 24:00', 'FREQ=DAILY;UNTIL=20240101T240000Z', 'UNTIL'],
    ['UNTIL in ISO 8601 extended form', 'FREQ=DAILY;UNTIL=2024-01-01', 'UNTIL'],
    ['UNTIL in year 0', 'FREQ=DAILY;UNTIL=00000101', 'UNTIL'],
    ['UNTIL with an offset', 'FREQ=DAILY;UNTIL=20240101T000000+0100', 'UNTIL'],
  ])('%s: %s', (_, text, path) => {
    expect(() => parseRRule(text)).toThrow(invalid(path))
    expect(safeParseRRule(text).success).toBe(false)
  })

  it.each([
    ['the empty string', ''],
    ['a trailing semicolon (strict: RFC 5545 has no empty part)', 'FREQ=DAILY;'],
    ['a doubled semicolon', 'FREQ=DAILY;;COUNT=2'],
  ])('%s: path ""', (_, text) => {
    expect(() => parseRRule(text)).toThrow(invalid(''))
  })

  it.each([123, null, undefined, {}, ['FREQ=DAILY']])('a non-string (%j): path ""', (value) => {
    expect(() => parseRRule(value)).toThrow(invalid(''))
  })

  it('a 10 000-character string is refused before it is read, with the limit in the details', () => {
    const text = `FREQ=DAILY;BYMONTHDAY=${'1,'.repeat(4_995)}1`
    expect(text.length).toBeGreaterThan(MAX_RRULE_LENGTH)
    const tooLong = (actual: number, limit = MAX_RRULE_LENGTH) =>
      expect.objectContaining({ code: 'TEXT_TOO_LONG', path: '', details: { limit, actual } })
    expect(() => parseRRule(text)).toThrow(tooLong(text.length))
    expect(() => parseRRule('FREQ=DAILY'.padEnd(MAX_RRULE_LENGTH + 1, ' '))).toThrow(
      tooLong(MAX_RRULE_LENGTH + 1),
    )
  })

  it("the length cap is the caller's: maxLength", () => {
    expect(parseRRule('FREQ=DAILY;COUNT=2', { maxLength: 18 }).count).toBe(2)
    expect(() => parseRRule('FREQ=DAILY;COUNT=2', { maxLength: 17 })).toThrow(
      expect.objectContaining({ code: 'TEXT_TOO_LONG', details: { limit: 17, actual: 18 } }),
    )
  })

  it("the limits are the caller's: maxInterval and maxCount", () => {
    expect(parseRRule('FREQ=DAILY;INTERVAL=5', { maxInterval: 5 }).interval).toBe(5)
    expect(() => parseRRule('FREQ=DAILY;INTERVAL=6', { maxInterval: 5 })).toThrow(invalid('INTERVAL'))
    expect(parseRRule('FREQ=DAILY;COUNT=3', { maxCount: 3 }).count).toBe(3)
    expect(() => parseRRule('FREQ=DAILY;COUNT=4', { maxCount: 3 })).toThrow(invalid('COUNT'))
  })
})

describe('safeParseRRule', () => {
  it('returns the rule or the issues instead of throwing', () => {
    expect(safeParseRRule('FREQ=WEEKLY;BYDAY=MO')).toStrictEqual({
      success: true,
      value: { freq: 'WEEKLY', interval: 1, byDay: [{ weekday: 'MO' }], wkst: 'MO' },
    })
    const result = safeParseRRule('FREQ=WEEKLY;BYDAY=1MO')
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'INVALID_RRULE', path: 'BYDAY' })
  })
})

describe('formatRRule', () => {
  it.each([
    ['BYDAY=MO,WE;FREQ=WEEKLY;INTERVAL=2', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE'],
    ['FREQ=DAILY;INTERVAL=1;WKST=MO', 'FREQ=DAILY'],
    ['RRULE:FREQ=MONTHLY;BYDAY=+1MO,-1FR', 'FREQ=MONTHLY;BYDAY=1MO,-1FR'],
    ['FREQ=DAILY;UNTIL=20240101t090000z', 'FREQ=DAILY;UNTIL=20240101T090000Z'],
    [
      'WKST=SU;BYSETPOS=1,-1;BYMONTH=1,6;BYYEARDAY=100,-1;BYMONTHDAY=1,-1;BYDAY=1MO,-1FR,SU;BYHOUR=9,17;' +
        'BYMINUTE=15;BYSECOND=0,30;COUNT=10;INTERVAL=2;FREQ=YEARLY',
      'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYSECOND=0,30;BYMINUTE=15;BYHOUR=9,17;BYDAY=1MO,-1FR,SU;' +
        'BYMONTHDAY=1,-1;BYYEARDAY=100,-1;BYMONTH=1,6;BYSETPOS=1,-1;WKST=SU',
    ],
    ['FREQ=YEARLY;BYWEEKNO=-1,20;BYDAY=MO', 'FREQ=YEARLY;BYDAY=MO;BYWEEKNO=-1,20'],
  ])('%s -> %s', (text, formatted) => {
    expect(formatRRule(parseRRule(text))).toBe(formatted)
    expect(parseRRule(formatted)).toStrictEqual(parseRRule(text))
  })
})
