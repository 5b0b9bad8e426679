// How offsets are written and read: hours of one or two digits, half and three-quarter
// hours, the sign both ways, the seconds of local mean time before a zone adopted a round
// offset, and fixed offsets written with seconds or with a Unicode minus sign. Tens (10
// hours, minutes or seconds) are where a padding rule that compares with `<=` goes wrong.
import { describe, expect, test } from 'vitest'
import { offsetSeconds, toOffsetDateTime } from '../index.js'

const NOON_JAN_15 = Date.UTC(2024, 0, 15, 12)

describe('toOffsetDateTime writes the offset in force', () => {
  test.each([
    ['Australia/Sydney', NOON_JAN_15, '2024-01-15T23:00:00+11:00'],
    ['Asia/Kolkata', NOON_JAN_15, '2024-01-15T17:30:00+05:30'],
    ['America/New_York', NOON_JAN_15, '2024-01-15T07:00:00-05:00'],
    ['America/St_Johns', NOON_JAN_15, '2024-01-15T08:30:00-03:30'],
    ['Pacific/Chatham', NOON_JAN_15, '2024-01-16T01:45:00+13:45'],
    ['UTC', NOON_JAN_15, '2024-01-15T12:00:00+00:00'],
    ['Australia/Brisbane', NOON_JAN_15, '2024-01-15T22:00:00+10:00'],
    ['+09:10', NOON_JAN_15, '2024-01-15T21:10:00+09:10'],
    ['-10:10:10', NOON_JAN_15, '2024-01-15T01:49:50-10:10:10'],
    ['+00:09:09', NOON_JAN_15, '2024-01-15T12:09:09+00:09:09'],
  ])('%s', (zone, instant, text) => {
    expect(toOffsetDateTime(instant, zone)).toBe(text)
  })

  test('local mean time keeps its seconds, east and west', () => {
    expect(toOffsetDateTime(Date.UTC(1900, 0, 1, 12), 'Asia/Kathmandu')).toBe('1900-01-01T17:41:16+05:41:16')
    expect(toOffsetDateTime(Date.UTC(1900, 0, 1, 12), 'Africa/Monrovia')).toBe('1900-01-01T11:16:52-00:43:08')
  })
})

describe('fixed offsets as zone ids', () => {
  test('with seconds, and with the Unicode minus sign', () => {
    expect(offsetSeconds(NOON_JAN_15, '+05:30:15')).toBe(19_815)
    expect(toOffsetDateTime(NOON_JAN_15, '+05:30:15')).toBe('2024-01-15T17:30:15+05:30:15')
    expect(offsetSeconds(NOON_JAN_15, '\u221205:00')).toBe(-18_000)
    expect(toOffsetDateTime(NOON_JAN_15, '-00:00:05')).toBe('2024-01-15T11:59:55-00:00:05')
  })
})
