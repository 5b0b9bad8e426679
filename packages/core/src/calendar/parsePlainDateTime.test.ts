import { describe, expect, test } from 'vitest'
import { parsePlainDateTime, safeParsePlainDateTime } from './parsePlainDateTime.js'

const invalidDateTime = (path: string) =>
  expect.objectContaining({ name: 'SlotwiseError', code: 'INVALID_DATE_TIME', path })

describe('parsePlainDateTime', () => {
  test.each([
    ['1970-01-01T00:00', 0],
    ['1970-01-02T00:00', 86_400_000],
    ['1969-12-31T23:59:59', -1_000],
    ['2024-03-10T02:30', 1_710_037_800_000], // a wall time; no zone is consulted
    ['2024-03-10T02:30:00', 1_710_037_800_000],
    ['2024-02-29T12:00', 1_709_208_000_000],
  ])('%s is %i wall milliseconds', (text, wall) => {
    expect(parsePlainDateTime(text)).toBe(wall)
  })

  test.each([
    ['1970-01-01T00:00:00.5', 500],
    ['1970-01-01T00:00:00.50', 500],
    ['1970-01-01T00:00:00.500', 500],
    ['1970-01-01T00:00:00.05', 50],
    ['1970-01-01T00:00:00.005', 5],
    ['1970-01-01T00:00:00.123', 123],
    ['1970-01-01T00:00:00.000', 0],
    ['1969-12-31T23:59:59.999', -1],
  ])('reads the fraction of %s as %i ms', (text, wall) => {
    expect(parsePlainDateTime(text)).toBe(wall)
  })

  test('accepts the first and last supported instants of wall time', () => {
    expect(parsePlainDateTime('0001-01-01T00:00')).toBe(-62_135_596_800_000)
    expect(parsePlainDateTime('9999-12-31T23:59:59.999')).toBe(253_402_300_799_999)
  })

  test.each([
    '2024-03-10T24:00', // 24:00 is only for times of day, a date-time says the next day
    '2024-03-10T24:00:00',
    '2024-03-10T25:00',
    '2024-03-10T23:60',
    '2024-03-10T12:00:60',
    '2024-02-30T09:00', // the date must exist
    '2023-02-29T09:00',
    '2024-13-01T09:00',
    '0000-01-01T00:00',
    '10000-01-01T00:00',
    '2024-03-10 09:00', // the separator is T
    '2024-03-10t09:00',
    '2024-03-10T9:00',
    '2024-03-10T09',
    '2024-03-10T',
    '2024-03-10',
    '2024-03-10T09:00Z', // no offset, no zone
    '2024-03-10T09:00+01:00',
    '2024-03-10T09:00:00Z',
    '2024-03-10T09:00[Europe/London]',
    '2024-03-10T09:00:00.1234', // at most milliseconds
    '2024-03-10T09:00:00.',
    '2024-03-10T09:00.5', // a fraction needs seconds
    '2024-03-10T09:00:00,5',
    '2024-03-10T09:00:00.5Z',
    '2024-03-10T09:00:00.-5',
    '2024-03-10T09:00:00.1.2',
    ' 2024-03-10T09:00',
    '2024-03-10T09:00 ',
    '',
  ])('rejects %j', (text) => {
    expect(() => parsePlainDateTime(text)).toThrow(invalidDateTime('wallTime'))
  })

  test.each([
    ['NaN', Number.NaN],
    ['a number', 0],
    ['a fraction', 1.5],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['a Date', new Date(0)],
  ])('rejects %s', (_, value) => {
    expect(() => parsePlainDateTime(value)).toThrow(invalidDateTime('wallTime'))
  })

  test('rejects a 1 MB string', () => {
    expect(() => parsePlainDateTime(`2024-03-10T09:00:00.${'5'.repeat(1_000_000)}`)).toThrow(
      invalidDateTime('wallTime'),
    )
  })

  test('reports the path it is given', () => {
    expect(() => parsePlainDateTime('2024-03-10T24:00', 'events[1].start')).toThrow(
      invalidDateTime('events[1].start'),
    )
  })
})

describe('safeParsePlainDateTime', () => {
  test('returns the wall milliseconds of a valid date-time', () => {
    expect(safeParsePlainDateTime('1970-01-01T00:00:01.5')).toEqual({ success: true, value: 1_500 })
  })

  test('returns one issue with code and the default path', () => {
    expect(safeParsePlainDateTime('2024-03-10 09:00')).toEqual({
      success: false,
      issues: [
        {
          code: 'INVALID_DATE_TIME',
          path: 'wallTime',
          message: expect.any(String),
          details: expect.any(Object),
        },
      ],
    })
  })

  test('returns the path it is given', () => {
    expect(safeParsePlainDateTime({}, 'start')).toEqual({
      success: false,
      issues: [
        {
          code: 'INVALID_DATE_TIME',
          path: 'start',
          message: expect.any(String),
          details: expect.any(Object),
        },
      ],
    })
  })
})
